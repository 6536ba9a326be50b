// Bug variants: importance weights written as a ratio of densities, exp(log p − log q), normalised per data point.
// The subtrahend log q[k] is another buffer's element at the same index: it changes along the softmax axis, so the
// exponentiated value is the log-ratio itself and no maximum of it is subtracted (LG0003). Log-ratios of a few hundred
// (image likelihoods) overflow to inf / inf; very negative ones underflow to 0 / 0.
// Source: IWAE importance weights (Burda et al. 2016, the `log_w = log_p - log_q; w = exp(log_w)` of naive ports) and
// self-normalised importance sampling in C# particle filters (weights from a target and a proposal log-density).
// Layouts: jagged double[batch][samples]; float[batch, samples]; List<double> 1-D; a flat ReadOnlySpan<float> with a
// precomputed index; LINQ Enumerable.Range over one data point.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.ElementwiseSubtrahendRawRatios;

public static class RawRatios
{
    public static double[][] Jagged(double[][] logTarget, double[][] logProposal)
    {
        var weights = new double[logTarget.Length][];
        for (int b = 0; b < logTarget.Length; b++)
        {
            weights[b] = new double[logTarget[b].Length];
            double total = 0;
            for (int k = 0; k < logTarget[b].Length; k++)
            {
                weights[b][k] = Math.Exp(logTarget[b][k] - logProposal[b][k]); //~ LG0003
                total += weights[b][k];
            }

            for (int k = 0; k < weights[b].Length; k++)
                weights[b][k] /= total;
        }

        return weights;
    }

    public static void Rectangular(float[,] logLikelihood, float[,] logPrior, float[,] posterior)
    {
        for (int i = 0; i < logLikelihood.GetLength(0); i++)
        {
            float z = 0f;
            for (int k = 0; k < logLikelihood.GetLength(1); k++)
            {
                posterior[i, k] = MathF.Exp(logLikelihood[i, k] - logPrior[i, k]); //~ LG0003
                z += posterior[i, k];
            }

            for (int k = 0; k < logLikelihood.GetLength(1); k++)
                posterior[i, k] = posterior[i, k] / z;
        }
    }

    public static List<double> Particles(List<double> logTarget, List<double> logProposal)
    {
        var weights = new List<double>(logTarget.Count);
        double sum = 0;
        for (int k = 0; k < logTarget.Count; k++)
        {
            double w = Math.Exp(logTarget[k] - logProposal[k]); //~ LG0003
            weights.Add(w);
            sum += w;
        }

        for (int k = 0; k < weights.Count; k++)
            weights[k] /= sum;
        return weights;
    }

    public static void FlatIndex(ReadOnlySpan<float> logJoint, ReadOnlySpan<float> logQ, int samples, Span<float> weights)
    {
        for (int b = 0; b < logJoint.Length / samples; b++)
        {
            float norm = 0f;
            for (int k = 0; k < samples; k++)
            {
                int at = b * samples + k;
                weights[at] = MathF.Exp(logJoint[at] - logQ[at]); //~ LG0003
                norm += weights[at];
            }

            for (int k = 0; k < samples; k++)
                weights[b * samples + k] /= norm;
        }
    }

    public static double[] Linq(double[] logTarget, double[] logProposal)
    {
        var ratios = Enumerable.Range(0, logTarget.Length).Select(k => Math.Exp(logTarget[k] - logProposal[k])).ToArray(); //~ LG0003
        double total = ratios.Sum();
        return ratios.Select(r => r / total).ToArray();
    }
}
