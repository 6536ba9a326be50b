// Idiom: intrusion-detection softmax regression over NetFlow features (benign, DoS, Exploits, Fuzzers, ...): the
// per-flow class probabilities a sensor attaches to each flow record before alerting.
// Layout: float[flows, classes] row-major logits (one flow per row), probabilities in the same layout.
// Correct: each flow is shifted by its own top class score (an `if` fold over the row).
// Style inspired by softmax-regression IDS notebooks on NF-UNSW-NB15 / CIC-IDS2017 (lilysli/intrusion-detection-classifier,
// Jumabek/net_intrusion_detection); our own C#.
using System;

namespace HeldOut56.IdsFlow_PerFlowClasses;

public static class FlowClassifier
{
    /// <summary>Class probabilities per flow from the linear model's logits.</summary>
    public static float[,] ClassProbabilities(float[,] logits)
    {
        int flows = logits.GetLength(0), classes = logits.GetLength(1);
        var probs = new float[flows, classes];
        for (int f = 0; f < flows; f++)
        {
            // stabilise per flow: subtract this flow's top class score
            float top = logits[f, 0];
            for (int c = 1; c < classes; c++)
            {
                if (logits[f, c] > top) top = logits[f, c];
            }

            float z = 0f;
            for (int c = 0; c < classes; c++)
            {
                float e = MathF.Exp(logits[f, c] - top);
                probs[f, c] = e;
                z += e;
            }

            for (int c = 0; c < classes; c++)
            {
                probs[f, c] /= z;
            }
        }

        return probs;
    }
}
