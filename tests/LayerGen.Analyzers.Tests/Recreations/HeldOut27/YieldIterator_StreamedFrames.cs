// Idiom: an IEnumerable<float[]> iterator with `yield return`, consuming a lazy stream of frames.
// Use: streaming keyword/phone posteriors of audio frames, one distribution per frame.
// Layout: IEnumerable<float[]> frames, each frame one distribution.
// Label: Correct.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut27;

public static class YieldFrames
{
    /// <summary>Lazily yields the posterior of each incoming frame.</summary>
    public static IEnumerable<float[]> Posteriors(IEnumerable<float[]> frames)
    {
        foreach (float[] frame in frames)
        {
            float hi = float.NegativeInfinity;
            for (int i = 0; i < frame.Length; i++)
            {
                if (frame[i] > hi)
                {
                    hi = frame[i];
                }
            }

            var posterior = new float[frame.Length];
            float acc = 0f;
            for (int i = 0; i < frame.Length; i++)
            {
                posterior[i] = MathF.Exp(frame[i] - hi);
                acc += posterior[i];
            }

            for (int i = 0; i < posterior.Length; i++)
            {
                posterior[i] /= acc;
            }

            yield return posterior;
        }
    }
}
