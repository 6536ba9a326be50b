// Idiom: two heads of one model in one method: the main class head and an auxiliary head of another width, both
//        softmaxed per sample in one batch loop, reusing the same max/sum locals (re-seeded before each head).
// Use: Inception-style classifier with an auxiliary classifier.
// Layout: float[batch, classes] and float[batch, auxClasses] (row-major 2-D).
// Correct: each head's max and sum re-seeded per sample and per head.
// Our own code.
#nullable enable
using System;

namespace HeldOut87.TwoHeads_PerSampleBothWidths;

public sealed class InceptionHeads
{
    public (float[,] Main, float[,] Aux) Predict(float[,] mainLogits, float[,] auxLogits)
    {
        int batch = mainLogits.GetLength(0);
        int c = mainLogits.GetLength(1);
        int a = auxLogits.GetLength(1);
        var main = new float[batch, c];
        var aux = new float[batch, a];
        for (int b = 0; b < batch; b++)
        {
            float m = mainLogits[b, 0];
            for (int j = 1; j < c; j++) m = MathF.Max(m, mainLogits[b, j]);
            float s = 0f;
            for (int j = 0; j < c; j++)
            {
                main[b, j] = MathF.Exp(mainLogits[b, j] - m);
                s += main[b, j];
            }

            for (int j = 0; j < c; j++) main[b, j] /= s;

            m = auxLogits[b, 0];
            for (int j = 1; j < a; j++) m = MathF.Max(m, auxLogits[b, j]);
            s = 0f;
            for (int j = 0; j < a; j++)
            {
                aux[b, j] = MathF.Exp(auxLogits[b, j] - m);
                s += aux[b, j];
            }

            for (int j = 0; j < a; j++) aux[b, j] /= s;
        }

        return (main, aux);
    }
}
