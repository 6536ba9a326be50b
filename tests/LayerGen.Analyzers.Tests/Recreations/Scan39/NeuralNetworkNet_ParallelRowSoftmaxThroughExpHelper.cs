// Source: Sergio0694/NeuralNetwork.NET NeuralNetwork.NET/cpuDNN/CpuDnn{Main}.cs:49 and
// NeuralNetwork.NET/Networks/Activations/ActivationFunctions.cs:149 (re-created, not copied)
// Layout: a batch of n rows of l floats behind raw pointers (row i at offset i · l); a local function handles one row
// and runs under Parallel.For over the rows. Each element is exponentiated by a helper of another class whose body is
// only `(float)Math.Exp(x)` (named Softmax: "the numerator part of the softmax"), stored and summed, then the row is
// divided by its sum. No maximum is subtracted: float logits (1, 2, 0.5) + 1000 give ∞ / ∞ = NaN (+100 already
// overflows float), −1000 give 0 / 0 = NaN, where the softmax is (0.2312, 0.6285, 0.1402) (scan39-check).
// Label: SoftmaxForward LG0003 (the helper's exp of the raw row); SoftmaxForwardShifted correct (per-row maximum
// subtracted inside the same local function). Reported by the whole-repository scan (scan39): a true finding.
using System;
using System.Threading.Tasks;

namespace Recreations.Scan39.NeuralNetworkNet_ParallelRowSoftmaxThroughExpHelper;

public static class ActivationFunctions
{
    /// <summary>The numerator part of the softmax activation, e^x.</summary>
    public static float Softmax(float x) => (float)Math.Exp(x);
}

public static unsafe class CpuDnn
{
    public static void SoftmaxForward(float* px, float* py, int n, int l)
    {
        void ActivationWithAggregate(int i)
        {
            int offset = i * l;
            float sum = 0;
            for (int j = 0; j < l; j++)
            {
                int target = offset + j;
                float value = ActivationFunctions.Softmax(px[target]); //~ LG0003
                py[target] = value;
                sum += value;
            }

            for (int j = 0; j < l; j++)
            {
                py[offset + j] /= sum;
            }
        }

        Parallel.For(0, n, ActivationWithAggregate);
    }

    public static void SoftmaxForwardShifted(float* px, float* py, int n, int l)
    {
        void ActivationWithAggregate(int i)
        {
            int offset = i * l;
            float max = float.NegativeInfinity;
            for (int j = 0; j < l; j++)
            {
                max = Math.Max(max, px[offset + j]);
            }

            float sum = 0;
            for (int j = 0; j < l; j++)
            {
                int target = offset + j;
                float value = ActivationFunctions.Softmax(px[target] - max);
                py[target] = value;
                sum += value;
            }

            for (int j = 0; j < l; j++)
            {
                py[offset + j] /= sum;
            }
        }

        Parallel.For(0, n, ActivationWithAggregate);
    }
}
