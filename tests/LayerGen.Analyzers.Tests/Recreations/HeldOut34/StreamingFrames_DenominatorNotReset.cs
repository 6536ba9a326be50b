// Idiom: streaming classification from a producer/consumer channel: the consumer drains frame logits and labels each frame
// Layout: ChannelReader<float[]> drained with ReadAllAsync in an async Task, per-frame float[] logits, results as records
// Bug (LG0002): the softmax denominator is declared before the await foreach and never reset, so it accumulates across frames
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace HeldOut34.StreamingFrames_DenominatorNotReset
{
    public sealed record FrameLabel(int FrameIndex, int ClassId, float[] Probabilities);

    public sealed class FrameConsumer
    {
        public async Task<List<FrameLabel>> ConsumeAsync(ChannelReader<float[]> reader, CancellationToken cancellationToken = default)
        {
            var labels = new List<FrameLabel>();
            int frameIndex = 0;
            float denominator = 0f;

            await foreach (float[] logits in reader.ReadAllAsync(cancellationToken))
            {
                float max = logits.Max();
                var probabilities = new float[logits.Length];
                for (int i = 0; i < logits.Length; i++)
                {
                    probabilities[i] = MathF.Exp(logits[i] - max);
                    denominator += probabilities[i]; //~ LG0002
                }

                for (int i = 0; i < probabilities.Length; i++)
                {
                    probabilities[i] /= denominator;
                }

                int classId = Array.IndexOf(probabilities, probabilities.Max());
                labels.Add(new FrameLabel(frameIndex++, classId, probabilities));
            }

            return labels;
        }
    }
}
