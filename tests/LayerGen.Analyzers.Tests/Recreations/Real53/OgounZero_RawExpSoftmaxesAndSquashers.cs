// Source: ogoun/Zero ZeroLevel/Services/Mathemathics/SoftMax.cs:7, ZeroLevel.ML/DNN/Classify/EfficientnetLiteClassifier.cs:27, ZeroLevel.ML/DNN/Detectors/NanodetDetector.cs:301 and ZeroLevel.ML/DNN/Detectors/DamodetDetector.cs:26 (re-created, not copied)
// Layout: (1) one double[] vector: a first loop sums raw exps, a second loop writes exp / sum into a fresh array;
// (2) an image classifier's float[] head: exps stored with a running total, then multiplied by the reciprocal;
// (3) a detector's distance head: 8 bins at an offset of a 33-float row, exps into a scratch array with a running
// total, reciprocal multiply, then the expected bin index as the distance; (4) the detector's scalar sigmoid and
// tanh written with one exp each (element-wise squashers, nothing normalised over an axis).
// Label: Compute, EfficientnetLite Softmax and Nanodet Softmax LG0003 (no maximum subtracted: a logit above ~709
// in double or ~88 in float gives inf / inf = NaN, far below 0 gives 0 / 0); Sigmoid and Tanh correct (look-alikes:
// 1 / (1 + exp(−x)) saturates to 0 or 1, no normalisation over an axis).
using System;

namespace Recreations.Real53.OgounZeroRawExpSoftmaxesAndSquashers;

public static class SoftMax
{
    public static double[] Compute(double[] vector)
    {
        double sum = 0;
        for (int i = 0; i < vector.Length; i++)
        {
            sum += Math.Exp(vector[i]); //~ LG0003
        }

        double[] result = new double[vector.Length];
        for (int i = 0; i < vector.Length; i++)
        {
            result[i] = Math.Exp(vector[i]) / sum; //~ LG0003
        }

        return result;
    }
}

public sealed class EfficientnetLiteClassifier
{
    public float[] Classify(float[] logits) => Softmax(logits);

    private static float[] Softmax(float[] input)
    {
        var total = 0f;
        var probabilities = new float[input.Length];
        for (var i = 0; i < input.Length; ++i)
        {
            var e = (float)Math.Exp(input[i]); //~ LG0003
            probabilities[i] = e;
            total += e;
        }

        var inverse = 1f / total;
        for (var i = 0; i < input.Length; ++i)
        {
            probabilities[i] *= inverse;
        }

        return probabilities;
    }
}

public sealed class NanodetDetector
{
    private const int RegMax = 7;

    /// <summary>Decodes the four box-side distances of one anchor row (1 score + 4 × 8 distance bins).</summary>
    public float[] DecodeDistances(float[] row)
    {
        var distances = new float[4];
        var binProbabilities = new float[RegMax + 1];
        for (int side = 0; side < 4; side++)
        {
            Softmax(row, 1 + (RegMax + 1) * side, binProbabilities);
            float distance = 0;
            for (int bin = 0; bin <= RegMax; bin++)
            {
                distance += bin * binProbabilities[bin];
            }

            distances[side] = distance;
        }

        return distances;
    }

    private static void Softmax(float[] input, int start, float[] dst)
    {
        var total = 0f;
        for (var i = 0; i < 8; ++i)
        {
            var e = (float)Math.Exp(input[start + i]); //~ LG0003
            dst[i] = e;
            total += e;
        }

        var inverse = 1f / total;
        for (var i = 0; i < 8; ++i)
        {
            dst[i] *= inverse;
        }
    }
}

public static class DamodetDetector
{
    public static double Sigmoid(double x)
    {
        return 1d / (1d + Math.Exp(-x));
    }

    public static double Tanh(double x)
    {
        return 2d / (1d + Math.Exp(-2d * x)) - 1d;
    }
}
