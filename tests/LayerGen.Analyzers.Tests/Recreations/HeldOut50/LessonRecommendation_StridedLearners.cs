// Idiom: e-learning next-lesson recommendation: a learner model scores every candidate lesson for every learner; the
// probabilities are a softmax per learner over a flat score buffer walked with an offset, normalised by 1/sum.
// Layout: flat double[learners * lessons], offset += lessons, Math.Max fold, multiply by the reciprocal.
// Correct.
using System;

namespace HeldOut50.LessonRecommendation_StridedLearners;

public static class LessonPolicy
{
    public static double[] NextLessonProbabilities(double[] scores, int lessons)
    {
        var p = new double[scores.Length];
        for (int offset = 0; offset < scores.Length; offset += lessons)
        {
            double max = scores[offset];
            for (int j = 1; j < lessons; j++)
            {
                max = Math.Max(max, scores[offset + j]);
            }

            double sum = 0.0;
            for (int j = 0; j < lessons; j++)
            {
                p[offset + j] = Math.Exp(scores[offset + j] - max);
                sum += p[offset + j];
            }

            double inv = 1.0 / sum;
            for (int j = 0; j < lessons; j++)
            {
                p[offset + j] *= inv;
            }
        }

        return p;
    }
}
