// Idiom: segment softmax with unsorted segment ids (scatter softmax), LINQ GroupBy over element indices
// Layout: double[] scores, int[] segmentIds in any order; result aligned with scores
// Correct
using System;
using System.Linq;

namespace HeldOut37.SegmentSoftmax_GroupBy;

public static class Segments
{
    public static double[] SegmentSoftmax(double[] scores, int[] segmentIds)
    {
        var result = new double[scores.Length];
        foreach (var g in Enumerable.Range(0, scores.Length).GroupBy(i => segmentIds[i]))
        {
            double m = g.Max(i => scores[i]);
            double z = g.Sum(i => Math.Exp(scores[i] - m));
            foreach (int i in g)
            {
                result[i] = Math.Exp(scores[i] - m) / z;
            }
        }

        return result;
    }
}
