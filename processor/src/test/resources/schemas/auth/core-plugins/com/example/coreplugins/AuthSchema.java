package com.example.coreplugins;

import dev.strata.annotations.Schema;

@Schema(auth = AppAuth.class)
interface AuthSchema {}
