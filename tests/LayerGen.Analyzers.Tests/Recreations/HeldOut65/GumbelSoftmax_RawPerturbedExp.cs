// Idiom: Gumbel-softmax relaxation in a 2D array with the noise passed in, exp of the perturbed tempered logits and a
// per-sample sum (written like the paper's formula). Use: differentiable categorical sampling (e.g. a VAE's discrete
// latent). Layout: float[batch, classes] logits and noise, float.Exp. Our own code.
// Bug LG0003: exp of (logits + g) / tau with no max subtracted (a small temperature overflows float long before 88).
using System;

namespace HeldOut65.GumbelSoftmax_RawPerturbedExp;

public static class Concrete
{
    public static float[,] Sample(float[,] logits, float[,] noise, float temperature)
    {
        int batch = logits.GetLength(0);
        int classes = logits.GetLength(1);
        var y = new float[batch, classes];
        for (int b = 0; b < batch; b++)
        {
            float sum = 0f;
            for (int k = 0; k < classes; k++)
            {
                y[b, k] = float.Exp((logits[b, k] + noise[b, k]) / temperature); //~ LG0003
                sum += y[b, k];
            }

            for (int k = 0; k < classes; k++)
            {
                y[b, k] /= sum;
            }
        }

        return y;
    }
}
