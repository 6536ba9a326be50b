// Correct twins of StoredAccumulators_OtherAxisMaxima: the logits are a dot product folded into a local, stored into
// the logit buffer and folded into each softmax slice's own maximum in the same loop body (the maximum over the
// softmax's sum axis, per slice), also with a whole-buffer maximum kept only as a statistic.
// Source: the shape of HeldOut13's DirichletCalibration_Map (Kull et al. 2019, calibration map W·log p + b), written
// anew for other layouts: a linear head over features, a [classes, samples] map, jagged per-class rows.
// Layout: class-major flat double[] [classes · samples] (sample loop outside the class loop); double[classes, samples];
// jagged float[classes][samples] with a running local maximum per sample; row-major flat float[] [samples · classes].
using System;

namespace Recreations.StoredAccumulatorsSliceMaxima;

public static class SliceMaxima
{
    public static double[] ClassMajorSamplePeaks(double[] features, int dims, double[,] weight, double[] bias)
    {
        int classes = bias.Length;
        int n = features.Length / dims;
        var z = new double[classes * n];
        var peak = new double[n];
        for (int s = 0; s < n; s++)
        {
            peak[s] = double.NegativeInfinity;
            for (int k = 0; k < classes; k++)
            {
                double acc = bias[k];
                for (int d = 0; d < dims; d++)
                    acc += weight[k, d] * features[s * dims + d];
                int at = k * n + s;
                z[at] = acc;
                if (acc > peak[s]) peak[s] = acc;
            }
        }

        for (int s = 0; s < n; s++)
        {
            double total = 0.0;
            for (int k = 0; k < classes; k++)
            {
                z[k * n + s] = Math.Exp(z[k * n + s] - peak[s]);
                total += z[k * n + s];
            }

            for (int k = 0; k < classes; k++)
                z[k * n + s] /= total;
        }

        return z;
    }

    public static double[,] ClassBySampleArray(double[,] logProb, double[,] w, out double largestLogit)
    {
        int classes = logProb.GetLength(0);
        int n = logProb.GetLength(1);
        var z = new double[classes, n];
        var peak = new double[n];
        largestLogit = double.NegativeInfinity;
        for (int s = 0; s < n; s++)
        {
            peak[s] = double.MinValue;
            for (int k = 0; k < classes; k++)
            {
                double acc = 0.0;
                for (int j = 0; j < classes; j++)
                    acc += w[k, j] * logProb[j, s];
                z[k, s] = acc;
                peak[s] = Math.Max(peak[s], acc);
                largestLogit = Math.Max(largestLogit, acc);
            }
        }

        for (int s = 0; s < n; s++)
        {
            double sum = 0.0;
            for (int k = 0; k < classes; k++)
            {
                z[k, s] = Math.Exp(z[k, s] - peak[s]);
                sum += z[k, s];
            }

            for (int k = 0; k < classes; k++)
                z[k, s] /= sum;
        }

        return z;
    }

    public static float[][] JaggedRunningSampleMax(float[][] embeddings, float[][] prototypes)
    {
        int classes = prototypes.Length;
        int n = embeddings.Length;
        var z = new float[classes][];
        for (int k = 0; k < classes; k++)
            z[k] = new float[n];
        for (int s = 0; s < n; s++)
        {
            float m = float.NegativeInfinity;
            for (int k = 0; k < classes; k++)
            {
                float dot = 0f;
                for (int d = 0; d < prototypes[k].Length; d++)
                    dot += prototypes[k][d] * embeddings[s][d];
                z[k][s] = dot;
                m = MathF.Max(m, dot);
            }

            float sum = 0f;
            for (int k = 0; k < classes; k++)
            {
                z[k][s] = MathF.Exp(z[k][s] - m);
                sum += z[k][s];
            }

            for (int k = 0; k < classes; k++)
                z[k][s] /= sum;
        }

        return z;
    }

    public static float[] RowMajorSamplePeaks(float[] features, int dims, float[] weight, int classes)
    {
        int n = features.Length / dims;
        var z = new float[n * classes];
        var samplePeak = new float[n];
        for (int s = 0; s < n; s++)
        {
            samplePeak[s] = float.NegativeInfinity;
            for (int k = 0; k < classes; k++)
            {
                float acc = 0f;
                for (int d = 0; d < dims; d++)
                    acc += weight[k * dims + d] * features[s * dims + d];
                z[s * classes + k] = acc;
                samplePeak[s] = MathF.Max(samplePeak[s], acc);
            }
        }

        for (int s = 0; s < n; s++)
        {
            float sum = 0f;
            for (int k = 0; k < classes; k++)
            {
                z[s * classes + k] = MathF.Exp(z[s * classes + k] - samplePeak[s]);
                sum += z[s * classes + k];
            }

            for (int k = 0; k < classes; k++)
                z[s * classes + k] /= sum;
        }

        return z;
    }
}
