// Correct twins of ElementwiseSubtrahend_RawRatios: the log-ratio log p − log q is the exponentiated value, and its own
// maximum over the data point's samples is subtracted (inline, through a buffer of log-weights, or inside a
// log-sum-exp), so every exponent is ≤ 0 and one is 0. Also exp(x − lse) with lse a log-sum-exp of the same values:
// a normalised log-probability, exact. A per-row maximum read as rowMax[i / cols] (fewer axes than the value) stays a
// shift.
// Source: IWAE / self-normalised importance sampling written with the log-sum-exp trick (Burda et al. 2016; the
// `log_w - logsumexp(log_w)` of reference implementations), as C# ports write it.
// Layouts: flat ReadOnlySpan<float> [batch · samples]; jagged double[][] with a log-weight buffer; double[,] with an
// inline max of the differences; float[] 1-D log-sum-exp; flat float[] with per-row maxima.
using System;

namespace Recreations.ElementwiseSubtrahendShiftedRatios;

public static class ShiftedRatios
{
    public static void FlatShifted(ReadOnlySpan<float> logP, ReadOnlySpan<float> logQ, int samples, Span<float> weights)
    {
        for (int offset = 0; offset < logP.Length; offset += samples)
        {
            float maxW = float.NegativeInfinity;
            for (int k = 0; k < samples; k++)
                maxW = MathF.Max(maxW, logP[offset + k] - logQ[offset + k]);

            float sum = 0f;
            for (int k = 0; k < samples; k++)
            {
                weights[offset + k] = MathF.Exp(logP[offset + k] - logQ[offset + k] - maxW);
                sum += weights[offset + k];
            }

            for (int k = 0; k < samples; k++)
                weights[offset + k] /= sum;
        }
    }

    public static double[][] JaggedLogWeights(double[][] logTarget, double[][] logProposal)
    {
        var result = new double[logTarget.Length][];
        for (int b = 0; b < logTarget.Length; b++)
        {
            var logW = new double[logTarget[b].Length];
            double best = double.NegativeInfinity;
            for (int k = 0; k < logW.Length; k++)
            {
                logW[k] = logTarget[b][k] - logProposal[b][k];
                if (logW[k] > best) best = logW[k];
            }

            result[b] = new double[logW.Length];
            double total = 0;
            for (int k = 0; k < logW.Length; k++)
            {
                result[b][k] = Math.Exp(logW[k] - best);
                total += result[b][k];
            }

            for (int k = 0; k < logW.Length; k++)
                result[b][k] /= total;
        }

        return result;
    }

    public static void RectangularInlineMax(double[,] logLik, double[,] logPrior, double[,] posterior)
    {
        int rows = logLik.GetLength(0), cols = logLik.GetLength(1);
        for (int i = 0; i < rows; i++)
        {
            double m = double.MinValue;
            for (int k = 0; k < cols; k++)
                m = Math.Max(m, logLik[i, k] - logPrior[i, k]);

            double z = 0;
            for (int k = 0; k < cols; k++)
            {
                posterior[i, k] = Math.Exp(logLik[i, k] - logPrior[i, k] - m);
                z += posterior[i, k];
            }

            for (int k = 0; k < cols; k++)
                posterior[i, k] /= z;
        }
    }

    public static float[] LogSumExpWeights(float[] logP, float[] logQ)
    {
        var logW = new float[logP.Length];
        float max = float.NegativeInfinity;
        for (int k = 0; k < logP.Length; k++)
        {
            logW[k] = logP[k] - logQ[k];
            max = MathF.Max(max, logW[k]);
        }

        float acc = 0f;
        for (int k = 0; k < logW.Length; k++)
            acc += MathF.Exp(logW[k] - max);
        float lse = max + MathF.Log(acc);

        var w = new float[logW.Length];
        for (int k = 0; k < logW.Length; k++)
            w[k] = MathF.Exp(logW[k] - lse);
        return w;
    }

    public static void PerRowMaxima(float[] x, float[] rowMax, int cols, float[] y)
    {
        for (int i = 0; i < x.Length; i++)
            y[i] = MathF.Exp(x[i] - rowMax[i / cols]);

        for (int r = 0; r < x.Length / cols; r++)
        {
            float s = 0f;
            for (int j = 0; j < cols; j++) s += y[r * cols + j];
            for (int j = 0; j < cols; j++) y[r * cols + j] /= s;
        }
    }
}
