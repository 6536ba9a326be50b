// Source: Krumhansl–Schmuckler key finding with a soft read-out (Krumhansl 1990; Temperley 1999; the key-strength
// softmax of madmom/librosa-style key estimators): per analysis frame, the correlations with the 24 major/minor key
// profiles are turned into a key posterior ∝ exp(β · r). Layout: IReadOnlyList<ArraySegment<float>> frame views over
// one shared buffer, output written through the same segments' offsets.
// Correct.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut12;

public static class KeyFinding_FrameKeyPosterior
{
    public static float[] KeyPosterior(IReadOnlyList<ArraySegment<float>> frames, float beta, int totalLength)
    {
        var posterior = new float[totalLength];
        foreach (ArraySegment<float> frame in frames)
        {
            float top = float.NegativeInfinity;
            for (int k = 0; k < frame.Count; k++)
            {
                top = MathF.Max(top, beta * frame[k]);
            }

            float z = 0f;
            for (int k = 0; k < frame.Count; k++)
            {
                float e = MathF.Exp(beta * frame[k] - top);
                posterior[frame.Offset + k] = e;
                z += e;
            }

            for (int k = 0; k < frame.Count; k++)
            {
                posterior[frame.Offset + k] /= z;
            }
        }

        return posterior;
    }
}
