// Idiom: Channels consumer with the nested `while (await reader.WaitToReadAsync()) while (reader.TryRead(out ...))` loop.
// Use: draining telemetry frames and normalising each frame's scores.
// Layout: ChannelReader<float[]> → List<float[]>, one frame per message.
// Bug (LG0001): `ceiling` is declared above both loops and never reset, so the max subtracted from a frame is the max
// of every frame read so far (a frame far below an earlier one underflows to 0/0).
// Our own code.
using System;
using System.Collections.Generic;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace HeldOut71.Channels_PeakNeverReset;

public static class TelemetryConsumer
{
    public static async Task<List<float[]>> DrainAsync(ChannelReader<float[]> input)
    {
        var outputs = new List<float[]>();
        float ceiling = float.NegativeInfinity;
        while (await input.WaitToReadAsync())
        {
            while (input.TryRead(out float[]? frame))
            {
                foreach (float f in frame)
                    ceiling = MathF.Max(ceiling, f); //~ LG0001
                var p = new float[frame.Length];
                float total = 0f;
                for (int i = 0; i < frame.Length; i++) total += p[i] = MathF.Exp(frame[i] - ceiling);
                for (int i = 0; i < p.Length; i++) p[i] /= total;
                outputs.Add(p);
            }
        }
        return outputs;
    }
}
