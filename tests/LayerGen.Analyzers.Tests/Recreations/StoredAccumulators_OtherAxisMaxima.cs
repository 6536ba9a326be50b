// Bug variants: the logits are computed as a dot product folded into a local, the local is stored into the logit
// buffer and folded into a maximum in the same loop body, but the maximum runs along another axis than the softmax's
// sum (LG0004: a slice whose values lie far from the other axis's maximum underflows to 0 / 0 or overflows), or along
// every slice (LG0001).
// Source: the shape of HeldOut13's DirichletCalibration_MaxPerClass (Kull et al. 2019, calibration map W·log p + b),
// written anew for other layouts: a linear head over features, a [classes, samples] map, jagged per-class rows.
// Layout: class-major flat double[] [classes · samples] with the index in a local; double[classes, samples]; jagged
// float[classes][samples]; row-major flat float[] [samples · classes] with the class loop inside the sample loop.
using System;

namespace Recreations.StoredAccumulatorsOtherAxisMaxima;

public static class OtherAxisMaxima
{
    public static double[] ClassMajorIndexLocal(double[] features, int dims, double[,] weight, double[] bias)
    {
        int classes = bias.Length;
        int n = features.Length / dims;
        var z = new double[classes * n];
        var peak = new double[classes];
        for (int k = 0; k < classes; k++)
        {
            peak[k] = double.NegativeInfinity;
            for (int s = 0; s < n; s++)
            {
                double acc = bias[k];
                for (int d = 0; d < dims; d++)
                    acc += weight[k, d] * features[s * dims + d];
                int at = k * n + s;
                z[at] = acc;
                if (acc > peak[k]) peak[k] = acc; //~ LG0004
            }
        }

        for (int s = 0; s < n; s++)
        {
            double total = 0.0;
            for (int k = 0; k < classes; k++)
            {
                z[k * n + s] = Math.Exp(z[k * n + s] - peak[k]);
                total += z[k * n + s];
            }

            for (int k = 0; k < classes; k++)
                z[k * n + s] /= total;
        }

        return z;
    }

    public static double[,] ClassBySampleArray(double[,] logProb, double[,] w)
    {
        int classes = logProb.GetLength(0);
        int n = logProb.GetLength(1);
        var z = new double[classes, n];
        var peak = new double[classes];
        for (int k = 0; k < classes; k++)
        {
            peak[k] = double.MinValue;
            for (int s = 0; s < n; s++)
            {
                double acc = 0.0;
                for (int j = 0; j < classes; j++)
                    acc += w[k, j] * logProb[j, s];
                z[k, s] = acc;
                peak[k] = Math.Max(peak[k], acc); //~ LG0004
            }
        }

        for (int s = 0; s < n; s++)
        {
            double sum = 0.0;
            for (int k = 0; k < classes; k++)
            {
                z[k, s] = Math.Exp(z[k, s] - peak[k]);
                sum += z[k, s];
            }

            for (int k = 0; k < classes; k++)
                z[k, s] /= sum;
        }

        return z;
    }

    public static float[][] JaggedPerClassRows(float[][] embeddings, float[][] prototypes)
    {
        int classes = prototypes.Length;
        int n = embeddings.Length;
        var z = new float[classes][];
        var peak = new float[classes];
        for (int k = 0; k < classes; k++)
        {
            z[k] = new float[n];
            peak[k] = float.NegativeInfinity;
            for (int s = 0; s < n; s++)
            {
                float dot = 0f;
                for (int d = 0; d < prototypes[k].Length; d++)
                    dot += prototypes[k][d] * embeddings[s][d];
                z[k][s] = dot;
                peak[k] = MathF.Max(peak[k], dot); //~ LG0004
            }
        }

        for (int s = 0; s < n; s++)
        {
            float sum = 0f;
            for (int k = 0; k < classes; k++)
            {
                z[k][s] = MathF.Exp(z[k][s] - peak[k]);
                sum += z[k][s];
            }

            for (int k = 0; k < classes; k++)
                z[k][s] /= sum;
        }

        return z;
    }

    public static float[] RowMajorWithClassPeaks(float[] features, int dims, float[] weight, int classes)
    {
        int n = features.Length / dims;
        var z = new float[n * classes];
        var classPeak = new float[classes];
        Array.Fill(classPeak, float.NegativeInfinity);
        for (int s = 0; s < n; s++)
        {
            for (int k = 0; k < classes; k++)
            {
                float acc = 0f;
                for (int d = 0; d < dims; d++)
                    acc += weight[k * dims + d] * features[s * dims + d];
                z[s * classes + k] = acc;
                classPeak[k] = MathF.Max(classPeak[k], acc); //~ LG0004
            }
        }

        for (int s = 0; s < n; s++)
        {
            float sum = 0f;
            for (int k = 0; k < classes; k++)
            {
                z[s * classes + k] = MathF.Exp(z[s * classes + k] - classPeak[k]);
                sum += z[s * classes + k];
            }

            for (int k = 0; k < classes; k++)
                z[s * classes + k] /= sum;
        }

        return z;
    }

    public static double[,] OnePeakOverEveryLogit(double[,] logProb, double[,] w)
    {
        int classes = logProb.GetLength(0);
        int n = logProb.GetLength(1);
        var z = new double[classes, n];
        double peak = double.NegativeInfinity;
        for (int k = 0; k < classes; k++)
        {
            for (int s = 0; s < n; s++)
            {
                double acc = 0.0;
                for (int j = 0; j < classes; j++)
                    acc += w[k, j] * logProb[j, s];
                z[k, s] = acc;
                peak = Math.Max(peak, acc); //~ LG0001
            }
        }

        for (int s = 0; s < n; s++)
        {
            double sum = 0.0;
            for (int k = 0; k < classes; k++)
            {
                z[k, s] = Math.Exp(z[k, s] - peak);
                sum += z[k, s];
            }

            for (int k = 0; k < classes; k++)
                z[k, s] /= sum;
        }

        return z;
    }
}
