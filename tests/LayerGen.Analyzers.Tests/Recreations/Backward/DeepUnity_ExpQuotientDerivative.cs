// Re-creation (our own code) of the Softmax.Derivative of a DeepUnity repository ((exp * exp_sum - exp * exp) /
// (exp_sum * exp_sum)) and of the same formula in the Softmax activation of Sebastian Lague's neural network
// course code ((ex * expSum - ex * ex) / (expSum * expSum) per index): p - p^2, the diagonal only.
// Layout: one vector; max-shifted exps and their sum in the same method, the derivative stored per element.
// Bug (LG0007): diagonal-only derivative written in exps.
using System;

namespace Recreations.Backward.DeepUnityExpQuotientDerivative;

public static class Softmax
{
    public static double[] Derivative(double[] x)
    {
        double max = double.NegativeInfinity;
        foreach (double v in x)
        {
            max = Math.Max(max, v);
        }

        var exp = new double[x.Length];
        double expSum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            exp[i] = Math.Exp(x[i] - max);
            expSum += exp[i];
        }

        var derivative = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            derivative[i] = (exp[i] * expSum - exp[i] * exp[i]) / (expSum * expSum); //~ LG0007
        }

        return derivative;
    }
}
