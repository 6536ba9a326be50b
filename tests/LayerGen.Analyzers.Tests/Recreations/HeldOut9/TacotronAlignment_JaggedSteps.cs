// Source: Tacotron 2 location-sensitive attention (NVIDIA/tacotron2 `Attention.forward`, TTS ports), re-created
// shape: at every decoder step the energies over encoder steps are normalised into an alignment and added to the
// cumulative alignment used by the location features of the next step.
// Layout: float[][] energies [decoderSteps][encoderSteps] (jagged), per-step softmax, cumulative float[]. Correct.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class TacotronAlignment_JaggedSteps
{
    public static void Align(float[][] energies, float[][] alignments, float[] cumulative)
    {
        for (int step = 0; step < energies.Length; step++)
        {
            float[] e = energies[step];
            float[] a = alignments[step];
            float peak = float.NegativeInfinity;
            for (int j = 0; j < e.Length; j++)
            {
                peak = e[j] > peak ? e[j] : peak;
            }

            float norm = 0f;
            for (int j = 0; j < e.Length; j++)
            {
                a[j] = MathF.Exp(e[j] - peak);
                norm += a[j];
            }

            float inv = 1f / norm;
            for (int j = 0; j < e.Length; j++)
            {
                a[j] *= inv;
                cumulative[j] += a[j];
            }
        }
    }
}
