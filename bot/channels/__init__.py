"""Delivery channels: what carries a message to a chat (Telegram; group robots)."""
