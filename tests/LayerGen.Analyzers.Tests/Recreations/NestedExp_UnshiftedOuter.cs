// Variant (our own code) of NestedExp_LogWeights.cs, its buggy twin: log-space weights built on an exp of the node
// (an exponential-family term `eta * exp(x)` plus a log prior weight) exponentiated without subtracting their maximum.
// The outer exp overflows once a log-weight passes ~709 (double) or ~88 (float): exp(1096) = inf for x = 7, inf / inf
// = NaN. The inner exp(x) is part of the exponent and is not reported; the outer one is. Bug: LG0003 x2.
using System;

namespace Recreations.NestedExp_UnshiftedOuter;

public static class LogSpaceQuadrature
{
    public static double MeanOfExp(double[] nodes, double[] weights, double shape)
    {
        double z0 = 0, z1 = 0;
        for (int i = 0; i < nodes.Length; i++)
        {
            double x = nodes[i];
            double logWeight = shape * Math.Exp(x) + Math.Log(weights[i]);
            double f = Math.Exp(logWeight); //~ LG0003
            z0 += f;
            z1 += f * x;
        }

        return z1 / z0;
    }

    public static void PosteriorWeights(float[] nodes, float[] logPrior, float[] posterior, float eta)
    {
        float z = 0f;
        for (int i = 0; i < nodes.Length; i++)
        {
            float y = nodes[i];
            posterior[i] = MathF.Exp(logPrior[i] + eta * MathF.Exp(y)); //~ LG0003
            z += posterior[i];
        }

        for (int i = 0; i < nodes.Length; i++)
            posterior[i] /= z;
    }
}
