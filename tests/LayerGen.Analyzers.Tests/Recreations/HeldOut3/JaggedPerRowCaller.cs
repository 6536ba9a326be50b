// Re-creates: the most common hobby-repository shape: a 1-D in-place softmax (if-based max) in a static helper,
// called once per sample by a batch method that walks a double[][] with foreach.
// Layout: 1-D double[] in place; caller over double[][]; softmax axis = each row.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut3.JaggedPerRowCaller;

public static class Activations
{
    public static void ForwardBatch(double[][] batch)
    {
        foreach (double[] sample in batch)
        {
            SoftmaxInPlace(sample);
        }
    }

    public static void SoftmaxInPlace(double[] v)
    {
        double max = double.NegativeInfinity;
        for (int i = 0; i < v.Length; i++)
        {
            if (v[i] > max)
            {
                max = v[i];
            }
        }

        double sum = 0;
        for (int i = 0; i < v.Length; i++)
        {
            v[i] = Math.Exp(v[i] - max);
            sum += v[i];
        }

        for (int i = 0; i < v.Length; i++)
        {
            v[i] /= sum;
        }
    }
}
