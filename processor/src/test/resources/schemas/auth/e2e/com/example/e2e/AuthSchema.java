package com.example.e2e;

import dev.strata.annotations.Schema;

@Schema(auth = AppAuth.class)
interface AuthSchema {}
