// Source: TheAlgorithms/C-Sharp Algorithms/Numeric/SoftMax.cs:32 (re-created, not copied)
// Layout: one double[] vector; the exps go into a fresh array while a running total is kept, then the array is
// divided by the total in place.
// Label: LG0003 — no maximum is subtracted: a logit above ~709 gives inf / inf = NaN (and a vector far below 0
// underflows to 0 / 0).
using System;

namespace Recreations.Real52.TheAlgorithmsRawExponentVector;

public static class SoftMax
{
    public static double[] Compute(double[] input)
    {
        if (input.Length == 0)
        {
            throw new ArgumentException("Array is empty.");
        }

        var exponents = new double[input.Length];
        var total = 0.0;
        for (var position = 0; position < input.Length; position++)
        {
            exponents[position] = Math.Exp(input[position]); //~ LG0003
            total += exponents[position];
        }

        for (var position = 0; position < input.Length; position++)
        {
            exponents[position] /= total;
        }

        return exponents;
    }
}
