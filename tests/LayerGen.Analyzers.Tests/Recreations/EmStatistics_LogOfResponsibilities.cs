// Bug siblings of EmStatistics_LogOfWeightedMeans: the log is taken of a responsibility itself (a softmax output),
// not of a statistic folded from them: through a copy into a local, an element rescaled in place, a clip, and a
// buffer that copies probabilities. A responsibility that underflows to 0 gives log 0 = −∞ (LG0005); the
// log-softmax of the log-joint (x − m − log Σ exp(x − m)) is exact.
// Source: EM code that scores the complete-data log-likelihood Σ log r (ooples/AiDotNet's BobaAggregationStrategy
// family, textbook Gaussian mixtures) and classifiers that take −log p of a softmax over classes.
// Layouts: double[] with a local copy; jagged double[n][k] with `/=`; Span<float> with MathF.Max(p, 1e-7f); float[,]
// probabilities copied into a float[] of chosen-class probabilities.
using System;

namespace Recreations.EmStatisticsLogOfResponsibilities;

public static class LogOfResponsibilities
{
    public static double CompleteDataLogLikelihood(double[] logPostH, double[] logPostB)
    {
        double ll = 0;
        for (int c = 0; c < logPostH.Length; c++)
        {
            double m = Math.Max(logPostH[c], logPostB[c]);
            double eH = Math.Exp(logPostH[c] - m);
            double eB = Math.Exp(logPostB[c] - m);
            double r = eH / (eH + eB);
            double honest = r;
            ll += Math.Log(honest); //~ LG0005
        }

        return ll;
    }

    public static double JaggedResponsibilities(double[][] logJoint, int[] assigned)
    {
        double loss = 0;
        for (int i = 0; i < logJoint.Length; i++)
        {
            var r = new double[logJoint[i].Length];
            double best = double.NegativeInfinity;
            foreach (double v in logJoint[i]) best = Math.Max(best, v);
            double z = 0;
            for (int j = 0; j < r.Length; j++)
            {
                r[j] = Math.Exp(logJoint[i][j] - best);
                z += r[j];
            }

            for (int j = 0; j < r.Length; j++) r[j] /= z;
            loss -= Math.Log(r[assigned[i]]); //~ LG0005
        }

        return loss;
    }

    public static float ClippedSpan(ReadOnlySpan<float> logits, int label, Span<float> p)
    {
        float m = float.NegativeInfinity;
        for (int k = 0; k < logits.Length; k++) m = MathF.Max(m, logits[k]);
        float s = 0f;
        for (int k = 0; k < logits.Length; k++)
        {
            p[k] = MathF.Exp(logits[k] - m);
            s += p[k];
        }

        for (int k = 0; k < logits.Length; k++) p[k] /= s;
        return -MathF.Log(MathF.Max(p[label], 1e-7f)); //~ LG0005
    }

    public static float ChosenClassProbabilities(float[,] logits, int[] labels)
    {
        int rows = logits.GetLength(0), cols = logits.GetLength(1);
        var probabilities = new float[rows, cols];
        var chosen = new float[rows];
        for (int i = 0; i < rows; i++)
        {
            float m = float.NegativeInfinity;
            for (int j = 0; j < cols; j++) m = MathF.Max(m, logits[i, j]);
            float s = 0f;
            for (int j = 0; j < cols; j++)
            {
                probabilities[i, j] = MathF.Exp(logits[i, j] - m);
                s += probabilities[i, j];
            }

            for (int j = 0; j < cols; j++) probabilities[i, j] /= s;
            chosen[i] = probabilities[i, labels[i]];
        }

        float nll = 0f;
        for (int i = 0; i < rows; i++) nll -= MathF.Log(chosen[i]); //~ LG0005
        return nll / rows;
    }
}
