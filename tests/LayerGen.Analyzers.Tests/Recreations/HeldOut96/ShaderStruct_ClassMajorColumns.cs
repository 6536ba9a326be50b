// Idiom: ComputeSharp-style shader struct — readonly fields for the buffers, an Execute(int id) method per thread, and a
// dispatcher that runs it once per thread id (ThreadIds.X = sample).
// Use: one thread per sample computes that sample's softmax over its classes.
// Layout: flat float[classes * batch], class-major (column-major): sample b's class c is at c * batch + b.
// Correct.
// Our own code.
#nullable enable
using System;
using System.Threading.Tasks;

namespace HeldOut96.ShaderStruct_ClassMajorColumns;

public readonly struct SoftmaxColumnShader
{
    private readonly float[] _logits;
    private readonly float[] _probs;
    private readonly int _classes;
    private readonly int _batch;

    public SoftmaxColumnShader(float[] logits, float[] probs, int classes, int batch)
    {
        _logits = logits;
        _probs = probs;
        _classes = classes;
        _batch = batch;
    }

    public void Execute(int id)
    {
        float hi = _logits[id];
        for (int c = 1; c < _classes; c++)
        {
            float v = _logits[c * _batch + id];
            if (v > hi)
            {
                hi = v;
            }
        }

        float z = 0f;
        for (int c = 0; c < _classes; c++)
        {
            z += float.Exp(_logits[c * _batch + id] - hi);
        }

        for (int c = 0; c < _classes; c++)
        {
            _probs[c * _batch + id] = float.Exp(_logits[c * _batch + id] - hi) / z;
        }
    }
}

public static class ShaderDispatcher
{
    public static void Dispatch(float[] logits, float[] probs, int classes, int batch)
    {
        var shader = new SoftmaxColumnShader(logits, probs, classes, batch);
        Parallel.For(0, batch, shader.Execute);
    }
}
