// A MonoGame / Godot bot brain updated frame by frame, keeping its softmax state in fields between calls.
// Layout: one float[behaviours] per frame; the peak and normaliser are fields of the brain.
// Bug (LG0001): the normaliser is reset every frame but the peak field is only initialised once (to float.MinValue)
// and never reset, so it is the max over every frame so far; once the logits fall far below an earlier frame's peak,
// every exp underflows and the frame's probabilities are 0/0.
using System;

namespace HeldOut30.FrameLoop_PeakCarriedAcrossFrames;

/// <summary>The per-frame decision state of one bot.</summary>
public sealed class BotBrain
{
    private readonly float[] _probabilities;
    private float _peak = float.MinValue;
    private float _normaliser;

    /// <summary>Creates a brain for a fixed set of behaviours.</summary>
    public BotBrain(int behaviours) => _probabilities = new float[behaviours];

    /// <summary>This frame's behaviour probabilities.</summary>
    public float[] Probabilities => _probabilities;

    /// <summary>The game's Update(gameTime): new logits in, probabilities out.</summary>
    public void Update(float[] frameLogits)
    {
        _normaliser = 0f;
        for (int b = 0; b < frameLogits.Length; b++)
        {
            if (frameLogits[b] > _peak) _peak = frameLogits[b]; //~ LG0001
        }

        for (int b = 0; b < frameLogits.Length; b++)
        {
            _probabilities[b] = MathF.Exp(frameLogits[b] - _peak);
            _normaliser += _probabilities[b];
        }

        for (int b = 0; b < _probabilities.Length; b++)
        {
            _probabilities[b] /= _normaliser;
        }
    }
}
