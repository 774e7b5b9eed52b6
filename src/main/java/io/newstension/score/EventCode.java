package io.newstension.score;

/** A CAMEO event code with its Goldstein (1992) weight, GDELT name and quad class. */
record EventCode(String code, double goldstein, String name, int quadClass) {
}
