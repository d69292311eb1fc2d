package com.example.shop;

import dev.strata.annotations.Id;
import dev.strata.annotations.Identity;
import dev.strata.annotations.Unique;

public record Tag(@Id @Identity int id, @Unique String name) {}
