// Source: dotnet/machinelearning src/Microsoft.ML.StandardTrainers/Standard/MulticlassClassification/
// OneVersusAllTrainer.cs:894 (re-created, not copied)
// Layout: a one-versus-all multiclass model combines the raw scores of its binary predictors (float[], one per class,
// filled in a Parallel.For) into probabilities: NormalizeSoftmax takes exp of each raw score in double, sums them into
// a scratch array and writes score / sum back as float. No maximum is subtracted: raw binary scores are unbounded
// margins, and scores offset by +1000 give ∞ / ∞ = NaN (−1000: 0 / 0 = NaN) where the softmax is unchanged by the
// offset (scores (1, 2, 0.5) → (0.2312, 0.6285, 0.1402)).
// Label: NormalizeSoftmax LG0003 (the un-shifted exp); Combine correct (no exp of its own). Reported by the
// whole-repository scan (scan38): a true finding.
using System;
using System.Threading.Tasks;

namespace Recreations.Scan38.MlNet_OneVersusAllSoftmaxCombiner;

public sealed class SoftmaxCombinedPredictor(Func<float[], float>[] predictors)
{
    private readonly float[] buffer = new float[predictors.Length];

    public float[] Combine(float[] features)
    {
        Parallel.For(0, predictors.Length, i => buffer[i] = predictors[i](features));
        NormalizeSoftmax(buffer, predictors.Length);
        return (float[])buffer.Clone();
    }

    private static void NormalizeSoftmax(float[] scores, int count)
    {
        double sum = 0;
        var score = new double[count];
        for (int i = 0; i < count; i++)
        {
            score[i] = Math.Exp(scores[i]); //~ LG0003
            sum += score[i];
        }

        for (int i = 0; i < count; i++)
        {
            scores[i] = (float)(score[i] / sum);
        }
    }
}
