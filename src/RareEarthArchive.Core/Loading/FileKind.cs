using System.Runtime.InteropServices;

namespace RareEarthArchive.Core.Loading;

/// <summary>What a path names, without following a symbolic link at its end.</summary>
public enum FileKind
{
    Missing,
    RegularFile,
    Directory,
    SymbolicLink,
    /// <summary>A FIFO, socket or device: opening one can block for ever (a FIFO) or never end (<c>/dev/zero</c>).</summary>
    Special,
}

/// <summary>
/// <c>lstat</c> for <see cref="FileKind"/>. .NET tells links apart (<see cref="FileSystemInfo.LinkTarget"/>) but not
/// a FIFO or a device from a regular file, and merely opening a FIFO blocks; so on Unix this asks the runtime's
/// own native shim (<c>SystemNative_LStat</c>, the call behind <see cref="FileSystemInfo"/>), whose status layout is
/// the runtime's and the same on every Unix (flags, then the <c>st_mode</c> bits).
/// </summary>
public static class FileKinds
{
    private const int TypeMask = 0xF000; // S_IFMT
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int DirectoryType = 0x4000;
    private const int BlockDevice = 0x6000;
    private const int Regular = 0x8000;
    private const int Link = 0xA000;
    private const int Socket = 0xC000;

    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            var info = new FileInfo(path);
            return !info.Exists && !Directory.Exists(path) ? FileKind.Missing
                : info.Attributes.HasFlag(FileAttributes.ReparsePoint) ? FileKind.SymbolicLink
                : info.Attributes.HasFlag(FileAttributes.Directory) ? FileKind.Directory
                : FileKind.RegularFile;
        }
        if (LStat(path, out var status) != 0)
        {
            return FileKind.Missing;
        }
        return (status.Mode & TypeMask) switch
        {
            Regular => FileKind.RegularFile,
            DirectoryType => FileKind.Directory,
            Link => FileKind.SymbolicLink,
            Fifo or CharacterDevice or BlockDevice or Socket => FileKind.Special,
            _ => FileKind.Special,
        };
    }

    /// <summary>The head of the runtime's <c>FileStatus</c>; the size is generous so the call never writes past it.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 512)]
    private struct NativeFileStatus
    {
        public int Flags;
        public int Mode;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", SetLastError = true)]
    private static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out NativeFileStatus status);
}
