// Variants (our own code) of NonPositiveKernel_GuardedForms.cs, its buggy twins: the guard does not hold on every
// path (a sum declared `= 0` and seeded with DBL_MIN only when a flag is set: the zero start reaches the fold, and a
// row whose terms all underflow gives 0 / 0 = NaN), the exponent reads data whose sign nothing bounds (a score copied
// into a local and scaled by -beta: exp(1000) = inf for a score of -1000), and a negated product of two different
// values that is no square (`exp(-beta * q[i] * k[i])`, inf for q = 1000, k = -1), and a record's member scaled by
// -beta (a member of an element is data, not a scale). Bug: LG0003 x4.
using System;

namespace Recreations.NonPositiveKernel_Unproven;

public readonly record struct Candidate(int Id, double Score);

public static class UnprovenKernels
{
    private const double DblMin = 2.2250738585072014e-308;

    public static void SeededOnOnePath(double[] distances, double[] p, double beta, bool guard)
    {
        double sum = 0;
        if (guard)
            sum = DblMin;
        for (int m = 0; m < distances.Length; m++)
        {
            double d = distances[m];
            p[m] = Math.Exp(-beta * d * d); //~ LG0003
            sum += p[m];
        }

        for (int m = 0; m < p.Length; m++)
            p[m] /= sum;
    }

    public static void ScoreCopiedToLocal(double[] scores, double[] p, double beta)
    {
        double sum = DblMin;
        for (int i = 0; i < scores.Length; i++)
        {
            double score = scores[i];
            p[i] = Math.Exp(-beta * score); //~ LG0003
            sum += p[i];
        }

        for (int i = 0; i < p.Length; i++)
            p[i] /= sum;
    }

    public static void NegatedProduct(float[] q, float[] k, float[] p, float beta)
    {
        float sum = 1e-30f;
        for (int i = 0; i < q.Length; i++)
        {
            p[i] = MathF.Exp(-beta * q[i] * k[i]); //~ LG0003
            sum += p[i];
        }

        for (int i = 0; i < p.Length; i++)
            p[i] /= sum;
    }

    public static void RecordScores(Candidate[] candidates, double[] p, double beta)
    {
        double sum = DblMin;
        for (int i = 0; i < candidates.Length; i++)
        {
            p[i] = Math.Exp(-candidates[i].Score * beta); //~ LG0003
            sum += p[i];
        }

        for (int i = 0; i < p.Length; i++)
            p[i] /= sum;
    }
}
