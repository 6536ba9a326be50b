// HeldOut28. Idiom: a partial class split in two parts of one file, with a private nested head class reading the outer
// instance's private strides; the strides make the same code serve batch-major and class-major storage.
// Use: multi-task network's classification head. Layout: flat float[] with a batch stride and a class stride
// (row-major: (classes, 1); column-major: (1, batch)). Correct.
using System;

namespace LayerGen.HeldOut28.PartialNested_StridedHead;

/// <summary>Shape and storage of the network's output buffer.</summary>
public sealed partial class Network
{
    private readonly int _batch;
    private readonly int _classes;
    private readonly int _batchStride;
    private readonly int _classStride;

    public Network(int batch, int classes, bool classMajor)
    {
        _batch = batch;
        _classes = classes;
        (_batchStride, _classStride) = classMajor ? (1, batch) : (classes, 1);
        Head = new SoftmaxHead(this);
    }

    private SoftmaxHead Head { get; }

    public int Offset(int sample, int k) => (sample * _batchStride) + (k * _classStride);
}

/// <summary>The softmax head, nested so it can read the strides.</summary>
public sealed partial class Network
{
    public void Classify(float[] logits, float[] probabilities) => Head.Forward(logits, probabilities);

    private sealed class SoftmaxHead(Network owner)
    {
        public void Forward(float[] logits, float[] probabilities)
        {
            for (var s = 0; s < owner._batch; s++)
            {
                var origin = s * owner._batchStride;
                var peak = logits[origin];
                for (var k = 1; k < owner._classes; k++)
                {
                    peak = MathF.Max(peak, logits[origin + (k * owner._classStride)]);
                }

                var mass = 0f;
                for (var k = 0; k < owner._classes; k++)
                {
                    var at = origin + (k * owner._classStride);
                    probabilities[at] = MathF.Exp(logits[at] - peak);
                    mass += probabilities[at];
                }

                for (var k = 0; k < owner._classes; k++)
                {
                    probabilities[origin + (k * owner._classStride)] /= mass;
                }
            }
        }
    }
}
