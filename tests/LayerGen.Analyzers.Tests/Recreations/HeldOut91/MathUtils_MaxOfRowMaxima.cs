// Idiom: static `ArrayUtils.maxValue(List<double>)` helper and a ported `getProbabilities(List<List<double>> scores)`
// that first folds the helper's row maxima into one `globalMax` ("for numerical stability").
// Use: per-sample class probabilities. Layout: List<List<double>> rows; Math.Exp.
// Bug LG0001: the max of the row maxima is the batch max, subtracted from every row.
// Our own code.
using System;
using System.Collections.Generic;

namespace HeldOut91.MathUtils_MaxOfRowMaxima;

public static class ArrayUtils
{
    public static double maxValue(List<double> values)
    {
        double best = values[0];
        for (int i = 1; i < values.Count; i++)
        {
            if (values[i] > best) best = values[i];
        }
        return best;
    }
}

public sealed class ScoreCalibrator
{
    public List<List<double>> getProbabilities(List<List<double>> scores)
    {
        double globalMax = double.NegativeInfinity;
        foreach (List<double> sampleScores in scores)
        {
            globalMax = Math.Max(globalMax, ArrayUtils.maxValue(sampleScores)); //~ LG0001
        }
        var result = new List<List<double>>(scores.Count);
        foreach (List<double> sampleScores in scores)
        {
            var expScores = new List<double>(sampleScores.Count);
            double expSum = 0;
            foreach (double s in sampleScores)
            {
                double e = Math.Exp(s - globalMax);
                expScores.Add(e);
                expSum += e;
            }
            for (int j = 0; j < expScores.Count; j++)
            {
                expScores[j] = expScores[j] / expSum;
            }
            result.Add(expScores);
        }
        return result;
    }
}
