// Source: Sergio0694/NeuralNetwork.NET/NeuralNetwork.NET/cpuDNN/CpuDnn{Main}.cs and Networks/Activations/ActivationFunctions.cs (re-created, not copied)
// Layout: a batch of rows in one flat float buffer (row i at i * length), one row per Parallel.For iteration through
// a local function; the exp is a helper of a separate static class of activation functions, named after the
// activation (`Softmax(x) => (float)Math.Exp(x)`), not after the exp.
// Bug: Forward exponentiates raw logits through that helper (no max subtracted): a logit above ~88 gives inf / inf =
// NaN. ForwardShifted is its correct twin: the same helper fed each row's own maximum subtracted.
using System;
using System.Threading.Tasks;

namespace Recreations.Real46.ActivationClassExpHelper;

public static class Activations
{
    public static float Softmax(float x) => (float)Math.Exp(x);

    public static float Sigmoid(float x) => 1f / (1f + (float)Math.Exp(-x));
}

public static class CpuLayers
{
    public static void Forward(float[] x, float[] y, int rows, int length)
    {
        void Row(int i)
        {
            int offset = i * length;
            float sum = 0;
            for (int j = 0; j < length; j++)
            {
                float value = Activations.Softmax(x[offset + j]); //~ LG0003
                y[offset + j] = value;
                sum += value;
            }

            for (int j = 0; j < length; j++)
            {
                y[offset + j] /= sum;
            }
        }

        Parallel.For(0, rows, Row);
    }

    public static void ForwardShifted(float[] x, float[] y, int rows, int length)
    {
        void Row(int i)
        {
            int offset = i * length;
            float max = float.NegativeInfinity;
            for (int j = 0; j < length; j++)
            {
                max = Math.Max(max, x[offset + j]);
            }

            float sum = 0;
            for (int j = 0; j < length; j++)
            {
                float value = Activations.Softmax(x[offset + j] - max);
                y[offset + j] = value;
                sum += value;
            }

            for (int j = 0; j < length; j++)
            {
                y[offset + j] /= sum;
            }
        }

        Parallel.For(0, rows, Row);
    }

    public static void Gates(float[] x, float[] y)
    {
        for (int j = 0; j < x.Length; j++)
        {
            y[j] = Activations.Sigmoid(x[j]);
        }
    }
}
