package com.example.shop;

public enum Status {
  DRAFT,
  PUBLISHED,
  ARCHIVED
}
