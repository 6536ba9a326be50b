// Re-creation (our own code) of quadrature in log space as in dotnet/infer, src/Runtime/Distributions/
// ConjugateDirichlet.cs (GetMeanAndVariance: p[i] = Shape * x - Rate * exp(x) + log(w[i]), then exp(p[i] - max(p)))
// and src/Runtime/Factors/Exp.cs (ExpOp.ExpAverageConditional: logf = (shape - 1) * y - rate * exp(y), shifted by the
// running maximum of logf). The log-weights hold an exp of their own (a Gamma density of exp(y)); the softmax's exps
// are exp(logf - max), shifted by the maximum of the very values they exponentiate. An exp inside an exponent is no
// softmax numerator. Written over a row-major batch of node sets too (log-weights kept in their own buffer). Correct.
using System;
using System.Linq;

namespace Recreations.NestedExp_LogWeights;

public static class LogSpaceQuadrature
{
    public static double MeanOfExp(double[] nodes, double[] weights, double shape, double rate)
    {
        var logWeights = new double[nodes.Length];
        for (int i = 0; i < nodes.Length; i++)
        {
            double x = nodes[i];
            double expx = Math.Exp(x);
            logWeights[i] = shape * x - rate * expx + Math.Log(weights[i]);
        }

        double max = logWeights.Max();
        double z0 = 0, z1 = 0;
        for (int i = 0; i < nodes.Length; i++)
        {
            z0 += Math.Exp(logWeights[i] - max);
            z1 += Math.Exp(logWeights[i] + nodes[i] - max);
        }

        return z1 / z0;
    }

    public static void PosteriorWeights(float[] nodes, float[] logPrior, float[] logF, float[] posterior, int sets, int count, float shape, float rate)
    {
        for (int s = 0; s < sets; s++)
        {
            float max = float.NegativeInfinity;
            for (int i = 0; i < count; i++)
            {
                float y = nodes[s * count + i];
                float logf = logPrior[s * count + i] + (shape - 1f) * y - rate * MathF.Exp(y);
                logF[s * count + i] = logf;
                if (logf > max)
                    max = logf;
            }

            float z = 0f;
            for (int i = 0; i < count; i++)
            {
                posterior[s * count + i] = MathF.Exp(logF[s * count + i] - max);
                z += posterior[s * count + i];
            }

            for (int i = 0; i < count; i++)
                posterior[s * count + i] /= z;
        }
    }
}
