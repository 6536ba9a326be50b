// Idiom: an unbounded channel of row indices; the consumer softmaxes the referenced row of a shared flat buffer in place.
// Use: a worker that post-processes rows of a shared activation buffer as the producer announces they are ready.
// Layout: flat row-major float[rows * classes]; a message is the row index (int).
// Bug (LG0002): the normaliser is declared above the await foreach and never reset, so row r is divided by the sum of
// the exps of rows 0..r, not by its own sum.
// Our own code.
#nullable enable
using System;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace HeldOut99.Channels_SumNeverReset;

public sealed class InPlaceSoftmaxWorker
{
    private readonly Channel<int> _ready = Channel.CreateUnbounded<int>();
    private readonly float[] _buffer;
    private readonly int _classes;

    public InPlaceSoftmaxWorker(float[] buffer, int classes)
    {
        _buffer = buffer;
        _classes = classes;
    }

    public ChannelWriter<int> Ready => _ready.Writer;

    public async Task ConsumeAsync(CancellationToken ct = default)
    {
        float sum = 0f;
        while (await _ready.Reader.WaitToReadAsync(ct))
        {
            while (_ready.Reader.TryRead(out int row))
            {
                int start = row * _classes;
                float max = _buffer[start];
                for (int i = start + 1; i < start + _classes; i++)
                {
                    if (_buffer[i] > max) max = _buffer[i];
                }

                for (int i = start; i < start + _classes; i++)
                {
                    _buffer[i] = MathF.Exp(_buffer[i] - max);
                    sum += _buffer[i]; //~ LG0002
                }

                for (int i = start; i < start + _classes; i++)
                {
                    _buffer[i] /= sum;
                }
            }
        }
    }
}
