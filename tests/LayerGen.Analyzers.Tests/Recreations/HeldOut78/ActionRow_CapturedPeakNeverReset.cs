// Idiom: an `Action<double[], double[]>` normaliser lambda that mutates a peak captured from the enclosing method.
// Use: scoring several candidate lists, one distribution per list.
// Layout: jagged double[rows][width], one softmax per inner array.
// Bug LG0001: `peak` is declared outside the lambda and never reset, so each row is shifted by the running maximum of
// every row seen so far; a row far below an earlier one underflows to 0/0.
// Our own code.
using System;

namespace HeldOut78.ActionRow_CapturedPeakNeverReset;

public static class CandidateScores
{
    public static double[][] Softmax(double[][] scores)
    {
        var result = new double[scores.Length][];
        double peak = double.NegativeInfinity;
        Action<double[], double[]> normalise = (src, dst) =>
        {
            foreach (double t in src)
                if (t > peak) peak = t; //~ LG0001
            double z = 0;
            for (int k = 0; k < src.Length; k++) z += dst[k] = Math.Exp(src[k] - peak);
            for (int k = 0; k < dst.Length; k++) dst[k] /= z;
        };
        for (int i = 0; i < scores.Length; i++)
        {
            result[i] = new double[scores[i].Length];
            normalise(scores[i], result[i]);
        }
        return result;
    }
}
