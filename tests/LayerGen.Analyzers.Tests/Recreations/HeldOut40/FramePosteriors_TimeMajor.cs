// Idiom: frame-level posteriors of an acoustic model whose RNN output is stored time-major
// Layout: float[frames, batch, classes] (3D, time-major as LSTM outputs are stored)
// Correct
using System;

namespace HeldOut40.FramePosteriors_TimeMajor;

public static class AcousticPosteriors
{
    public static float[,,] Compute(float[,,] rnnOut)
    {
        int frames = rnnOut.GetLength(0), batch = rnnOut.GetLength(1), classes = rnnOut.GetLength(2);
        var post = new float[frames, batch, classes];
        for (int t = 0; t < frames; t++)
        {
            for (int b = 0; b < batch; b++)
            {
                float m = rnnOut[t, b, 0];
                for (int k = 1; k < classes; k++)
                    m = MathF.Max(m, rnnOut[t, b, k]);

                float z = 0f;
                for (int k = 0; k < classes; k++)
                {
                    post[t, b, k] = MathF.Exp(rnnOut[t, b, k] - m);
                    z += post[t, b, k];
                }

                float inv = 1f / z;
                for (int k = 0; k < classes; k++)
                    post[t, b, k] *= inv;
            }
        }

        return post;
    }
}
