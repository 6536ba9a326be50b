// Idiom: streaming recogniser processing chunk by chunk, the shift kept as a field of the stream state
// Layout: flat float[] chunk [frames * classes], index f * classes + c; field _peak across frames and chunks
// Bug (LG0001): _peak is a running max over everything streamed so far, never reset per frame
using System;

namespace HeldOut40.StreamingRing_RunningPeak;

public sealed class OnlineDecoderState
{
    private readonly int classes;
    private float _peak = float.NegativeInfinity;

    public OnlineDecoderState(int classes) => this.classes = classes;

    public float[] ProcessChunk(float[] chunk, int frames)
    {
        var post = new float[frames * classes];
        for (int f = 0; f < frames; f++)
        {
            for (int c = 0; c < classes; c++)
                _peak = MathF.Max(_peak, chunk[f * classes + c]); //~ LG0001

            float sum = 0f;
            for (int c = 0; c < classes; c++)
            {
                post[f * classes + c] = MathF.Exp(chunk[f * classes + c] - _peak);
                sum += post[f * classes + c];
            }

            for (int c = 0; c < classes; c++)
                post[f * classes + c] /= sum;
        }

        return post;
    }
}
