// Re-creates the shape of forward attention for TTS alignment (Zhang, Ling & Dai 2018, "Forward attention in
// sequence-to-sequence acoustic modelling"; the ForwardAttention option of Mozilla/Coqui TTS): per decoder step t,
// y_t = softmax over encoder positions of the energies, then alpha_t(n) = (alpha_{t-1}(n) + alpha_{t-1}(n-1)) * y_t(n)
// renormalised, so the alignment can only stay or move forward.
// Layout: float[steps, encoder] energies, float[steps, encoder] outputs y and alpha.
// Correct: the max and the sum of the softmax run over one step's encoder positions (the alpha renormalisation is a
// plain sum of products, no exp).
using System;

namespace HeldOut11;

public static class ForwardAttention_StepSoftmax
{
    public static void Align(float[,] energy, float[,] y, float[,] alpha)
    {
        int steps = energy.GetLength(0);
        int encoder = energy.GetLength(1);
        for (int t = 0; t < steps; t++)
        {
            float top = float.NegativeInfinity;
            for (int n = 0; n < encoder; n++)
                top = MathF.Max(top, energy[t, n]);
            float z = 0f;
            for (int n = 0; n < encoder; n++)
            {
                y[t, n] = MathF.Exp(energy[t, n] - top);
                z += y[t, n];
            }
            for (int n = 0; n < encoder; n++)
                y[t, n] /= z;

            float norm = 0f;
            for (int n = 0; n < encoder; n++)
            {
                float previous = t == 0 ? (n == 0 ? 1f : 0f) : alpha[t - 1, n] + (n > 0 ? alpha[t - 1, n - 1] : 0f);
                alpha[t, n] = previous * y[t, n];
                norm += alpha[t, n];
            }
            for (int n = 0; n < encoder; n++)
                alpha[t, n] = norm > 0f ? alpha[t, n] / norm : 0f;
        }
    }
}
