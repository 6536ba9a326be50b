// Idiom: next-lesson recommendation probabilities for a cohort in a flat float buffer (index l * lessons + j): each
// learner is shifted by his own best score, but the exponentials are added into one cohort total and a separate flat
// pass divides the whole buffer by it.
// Layout: flat float[learners * lessons], computed index, separate normalisation loop over the whole array; MathF.
// Bug: LG0002 (the normaliser sums every learner).
using System;

namespace HeldOut50.LessonRecommendation_SeparateTotalPass;

public static class CohortPolicy
{
    public static float[] NextLessonProbabilities(float[] scores, int learners, int lessons)
    {
        var p = new float[learners * lessons];
        float total = 0f;
        for (int l = 0; l < learners; l++)
        {
            float best = float.NegativeInfinity;
            for (int j = 0; j < lessons; j++)
            {
                best = MathF.Max(best, scores[l * lessons + j]);
            }

            for (int j = 0; j < lessons; j++)
            {
                p[l * lessons + j] = MathF.Exp(scores[l * lessons + j] - best);
                total += p[l * lessons + j]; //~ LG0002
            }
        }

        for (int i = 0; i < p.Length; i++)
        {
            p[i] /= total;
        }

        return p;
    }
}
