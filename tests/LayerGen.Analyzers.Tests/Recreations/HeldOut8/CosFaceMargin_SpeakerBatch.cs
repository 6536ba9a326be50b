// Source: additive-margin softmax for speaker verification (CosFace / AM-Softmax, Wang et al. 2018; the
// wespeaker/speechbrain "AdditiveMarginSoftmax" head), re-created: logits s * (cos - m [j == label]).
// Layout: float[batch, speakers] cosines, int[] labels; probabilities and the cross-entropy gradient per row.
// Correct: the max is taken over the margin-adjusted, scaled logits of each row.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class CosFaceMargin_SpeakerBatch
{
    public static float[,] Probabilities(float[,] cosine, int[] labels, float scale, float margin, out float[,] gradient)
    {
        int batch = cosine.GetLength(0), speakers = cosine.GetLength(1);
        var prob = new float[batch, speakers];
        gradient = new float[batch, speakers];
        var logits = new float[speakers];
        for (int b = 0; b < batch; b++)
        {
            float max = float.MinValue;
            for (int j = 0; j < speakers; j++)
            {
                logits[j] = scale * (cosine[b, j] - (j == labels[b] ? margin : 0f));
                max = logits[j] > max ? logits[j] : max;
            }

            float sum = 0f;
            for (int j = 0; j < speakers; j++)
            {
                prob[b, j] = MathF.Exp(logits[j] - max);
                sum += prob[b, j];
            }

            for (int j = 0; j < speakers; j++)
            {
                prob[b, j] /= sum;
                gradient[b, j] = (prob[b, j] - (j == labels[b] ? 1f : 0f)) / batch;
            }
        }
        return prob;
    }
}
