// Source: Tacotron 2 attention alignment (NVIDIA/tacotron2 family), re-created as a decoding loop in C# TTS code.
// Layout: flat float[] energies [decoderSteps * encoderSteps], while loop over decoder steps.
// Bug (LG0002): the denominator is declared once above the decoding loop and keeps growing across steps.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class TacotronAlignment_EnergySumCarried
{
    public static void Align(float[] energies, int encoderSteps, float[] alignments)
    {
        int decoderSteps = energies.Length / encoderSteps;
        float denominator = 0f;
        int step = 0;
        while (step < decoderSteps)
        {
            int row = step * encoderSteps;
            float peak = energies[row];
            for (int j = 1; j < encoderSteps; j++)
            {
                peak = MathF.Max(peak, energies[row + j]);
            }

            for (int j = 0; j < encoderSteps; j++)
            {
                alignments[row + j] = MathF.Exp(energies[row + j] - peak);
                denominator += alignments[row + j]; //~ LG0002
            }

            for (int j = 0; j < encoderSteps; j++)
            {
                alignments[row + j] /= denominator;
            }

            step++;
        }
    }
}
