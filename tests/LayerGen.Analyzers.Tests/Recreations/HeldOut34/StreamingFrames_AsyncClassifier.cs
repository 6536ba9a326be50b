// Idiom: streaming video classification: frames arrive as an async stream, each is run through the model, probabilities streamed out
// Layout: IAsyncEnumerable<VideoFrame> in, async iterator out, float[] logits per frame, Span-based max / exp / normalise
// Correct
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut34.StreamingFrames_AsyncClassifier
{
    public sealed record VideoFrame(long Timestamp, byte[] Pixels);

    public sealed record FramePrediction(long Timestamp, int ClassId, float Confidence, float[] Probabilities);

    public interface IFrameModel
    {
        ValueTask<float[]> InferAsync(VideoFrame frame, CancellationToken cancellationToken);
    }

    public sealed class StreamingClassifier
    {
        private readonly IFrameModel _model;

        public StreamingClassifier(IFrameModel model)
        {
            _model = model;
        }

        public async IAsyncEnumerable<FramePrediction> ClassifyAsync(
            IAsyncEnumerable<VideoFrame> frames,
            [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await foreach (VideoFrame frame in frames.WithCancellation(cancellationToken))
            {
                float[] logits = await _model.InferAsync(frame, cancellationToken);
                float[] probabilities = Normalize(logits);

                int best = 0;
                for (int i = 1; i < probabilities.Length; i++)
                {
                    if (probabilities[i] > probabilities[best])
                    {
                        best = i;
                    }
                }

                yield return new FramePrediction(frame.Timestamp, best, probabilities[best], probabilities);
            }
        }

        private static float[] Normalize(ReadOnlySpan<float> logits)
        {
            float max = float.NegativeInfinity;
            foreach (float value in logits)
            {
                if (value > max)
                {
                    max = value;
                }
            }

            var result = new float[logits.Length];
            float sum = 0f;
            for (int i = 0; i < logits.Length; i++)
            {
                result[i] = MathF.Exp(logits[i] - max);
                sum += result[i];
            }

            for (int i = 0; i < result.Length; i++)
            {
                result[i] /= sum;
            }

            return result;
        }
    }
}
