// gaps36 (after HeldOut5's UltraFaceScoresGlobalPeak): softmaxes over a few classes written out term by term
// (`z = eb + ef`, `ea + eb + ec`) inside the loop over anchors or rows, shifted by one peak folded over every anchor or
// row. The class axis has no loop, so the sum folds no loop dimension; the peak folds the anchor/row loop, which picks
// the slice: an anchor far below the top one underflows to 0 / 0.
// Source shapes: UltraFace / RetinaFace score heads `[N, 2]` in C# face-detection ports, three-way NLI heads
// (entailment, neutral, contradiction) re-created by hand, two-class heads stored per anchor in jagged arrays.
// Layouts: jagged float[][] [anchors][2]; double[,] [rows, 3]; flat float[] [anchors · 2] with a per-anchor inner max
// loop whose peak is never reset.
// Bugs: LG0001 ×3.
using System;

namespace Recreations.UnrolledClassesBatchPeak;

public static class BatchPeak
{
    public static void JaggedPairs(float[][] scores, float[][] probs)
    {
        float peak = float.NegativeInfinity;
        for (int a = 0; a < scores.Length; a++)
        {
            peak = MathF.Max(peak, scores[a][0]); //~ LG0001
            peak = MathF.Max(peak, scores[a][1]);
        }

        for (int a = 0; a < scores.Length; a++)
        {
            float eb = MathF.Exp(scores[a][0] - peak);
            float ef = MathF.Exp(scores[a][1] - peak);
            float z = eb + ef;
            probs[a][0] = eb / z;
            probs[a][1] = ef / z;
        }
    }

    public static double[,] ThreeWayRows(double[,] logits)
    {
        int rows = logits.GetLength(0);
        double m = double.NegativeInfinity;
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < 3; c++)
                m = Math.Max(m, logits[r, c]); //~ LG0001
        var p = new double[rows, 3];
        for (int r = 0; r < rows; r++)
        {
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

    public static void FlatPairsPeakNeverReset(float[] scores, float[] probs, int anchors)
    {
        float peak = float.NegativeInfinity;
        for (int a = 0; a < anchors; a++)
        {
            int o = 2 * a;
            for (int k = 0; k < 2; k++)
                peak = MathF.Max(peak, scores[o + k]); //~ LG0001
            float eb = MathF.Exp(scores[o] - peak);
            float ef = MathF.Exp(scores[o + 1] - peak);
            float z = eb + ef;
            probs[o] = eb / z;
            probs[o + 1] = ef / z;
        }
    }
}
