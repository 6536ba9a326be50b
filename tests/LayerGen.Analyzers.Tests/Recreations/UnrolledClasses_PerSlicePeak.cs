// gaps36: correct twins of UnrolledClasses_BatchPeak: each anchor or row of a written-out few-class softmax shifted by
// its own maximum (`MathF.Max(s[o], s[o + 1])`, a per-row loop over the three classes, a per-anchor loop reset at each
// anchor); a peak over every anchor computed only to skip empty frames, never subtracted.
// Layouts: jagged float[][] [anchors][2]; double[,] [rows, 3]; flat float[] [anchors · 2].
// Correct: every anchor (row) is shifted by its own maximum and divided by its own two (three) exps.
using System;

namespace Recreations.UnrolledClassesPerSlicePeak;

public static class PerSlicePeak
{
    public static void JaggedPairs(float[][] scores, float[][] probs)
    {
        for (int a = 0; a < scores.Length; a++)
        {
            float m = MathF.Max(scores[a][0], scores[a][1]);
            float eb = MathF.Exp(scores[a][0] - m);
            float ef = MathF.Exp(scores[a][1] - m);
            float z = eb + ef;
            probs[a][0] = eb / z;
            probs[a][1] = ef / z;
        }
    }

    public static double[,] ThreeWayRows(double[,] logits)
    {
        int rows = logits.GetLength(0);
        var p = new double[rows, 3];
        for (int r = 0; r < rows; r++)
        {
            double m = double.NegativeInfinity;
            for (int c = 0; c < 3; c++) m = Math.Max(m, logits[r, c]);
            double ea = Math.Exp(logits[r, 0] - m);
            double eb = Math.Exp(logits[r, 1] - m);
            double ec = Math.Exp(logits[r, 2] - m);
            double z = ea + eb + ec;
            p[r, 0] = ea / z;
            p[r, 1] = eb / z;
            p[r, 2] = ec / z;
        }

        return p;
    }

    public static bool FlatPairsPeakResetPerAnchor(float[] scores, float[] probs, int anchors)
    {
        float framePeak = float.NegativeInfinity;
        for (int i = 0; i < anchors * 2; i++) framePeak = scores[i] > framePeak ? scores[i] : framePeak;
        if (framePeak < -50f)
        {
            return false;
        }

        for (int a = 0; a < anchors; a++)
        {
            int o = 2 * a;
            float peak = float.NegativeInfinity;
            for (int k = 0; k < 2; k++)
                peak = MathF.Max(peak, scores[o + k]);
            float eb = MathF.Exp(scores[o] - peak);
            float ef = MathF.Exp(scores[o + 1] - peak);
            float z = eb + ef;
            probs[o] = eb / z;
            probs[o + 1] = ef / z;
        }

        return true;
    }
}
