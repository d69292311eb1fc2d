package com.example.core;

import dev.strata.annotations.Schema;

@Schema(auth = AppAuth.class)
interface AuthSchema {}
