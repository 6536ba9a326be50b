// Re-creation (our own code) of SoftmaxFunction.Softmax in k-chr/NNBasics,
// NNBasicsLimak/ActivationFunctions/Softmax.cs: input.Select(Math.Exp).ToList().Normalize(), where the
// division by the sum lives in a private extension-style helper of the same class.
// Layout: one vector (List<double>). Bug: exp of raw values, no max subtracted; the normalisation happens
// one call away.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.NNBasicsNormalizeHelper;

public static class SoftmaxFunction
{
    public static List<double> Softmax(List<double> input) => Normalize(input.Select(Math.Exp).ToList()); //~ LG0003

    private static List<double> Normalize(List<double> values)
    {
        double sum = values.Sum();
        return values.Select(v => v / sum).ToList();
    }
}
