package com.example.stripeorg;

import dev.strata.annotations.Schema;

@Schema(auth = AppAuth.class)
interface AuthSchema {}
