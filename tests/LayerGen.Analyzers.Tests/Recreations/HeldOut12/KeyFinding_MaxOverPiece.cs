// Source: Krumhansl–Schmuckler key finding with a soft read-out (Krumhansl 1990; Temperley 1999): per frame, a key
// posterior ∝ exp(β · r) over the 24 keys. Layout: IReadOnlyList<ArraySegment<float>> frame views; one shift for
// the whole piece from nested `foreach` loops.
// Bug: LG0001 — the max spans every frame of the piece, not one frame's keys.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut12;

public static class KeyFinding_MaxOverPiece
{
    public static float[][] KeyPosterior(IReadOnlyList<ArraySegment<float>> frames, float beta)
    {
        float top = float.NegativeInfinity;
        foreach (ArraySegment<float> frame in frames)
        {
            foreach (float r in frame)
            {
                top = MathF.Max(top, beta * r); //~ LG0001
            }
        }

        var posterior = new float[frames.Count][];
        for (int f = 0; f < frames.Count; f++)
        {
            ArraySegment<float> frame = frames[f];
            posterior[f] = new float[frame.Count];
            float z = 0f;
            for (int k = 0; k < frame.Count; k++)
            {
                posterior[f][k] = MathF.Exp(beta * frame[k] - top);
                z += posterior[f][k];
            }

            for (int k = 0; k < frame.Count; k++)
            {
                posterior[f][k] /= z;
            }
        }

        return posterior;
    }
}
