// Idiom: an async fan-out over images with SemaphoreSlim throttling (WaitAsync/Release in finally); each worker first
// collects per-fibre peaks, then exponentiates and normalises its block.
// Use: softmax over the channel axis of a batch of [C, H·W] feature maps with at most two images in flight.
// Layout: jagged double[images][channels * pixels] (channel-major per image); softmax over the channels of each pixel.
// Bug (LG0002): the normaliser is accumulated over the whole image block (every channel of every pixel), so each
// pixel is divided by the block total instead of its own channel sum.
// Our own code.
#nullable enable
using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut99.FanOut_SumOverBlock;

public static class ThrottledChannelSoftmax
{
    public static async Task RunAsync(double[][] images, int channels, int pixels, CancellationToken ct = default)
    {
        using var gate = new SemaphoreSlim(2);
        await Task.WhenAll(images.Select(async image =>
        {
            await gate.WaitAsync(ct);
            try
            {
                await Task.Run(() => Normalise(image, channels, pixels), ct);
            }
            finally
            {
                gate.Release();
            }
        }));
    }

    private static void Normalise(double[] map, int channels, int pixels)
    {
        var peak = new double[pixels];
        Array.Fill(peak, double.NegativeInfinity);
        for (int ch = 0; ch < channels; ch++)
        {
            for (int px = 0; px < pixels; px++)
            {
                peak[px] = Math.Max(peak[px], map[ch * pixels + px]);
            }
        }

        double blockSum = 0;
        for (int ch = 0; ch < channels; ch++)
        {
            for (int px = 0; px < pixels; px++)
            {
                map[ch * pixels + px] = Math.Exp(map[ch * pixels + px] - peak[px]);
                blockSum += map[ch * pixels + px]; //~ LG0002
            }
        }

        for (int k = 0; k < channels * pixels; k++)
        {
            map[k] /= blockSum;
        }
    }
}
