<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AssignRoomDialog</name>
    <message>
        <source>Assign a room</source>
        <translation>分配房间</translation>
    </message>
    <message>
        <source>{guest} ({confirmation}), {type}, {arrival} to {departure}. Free rooms, ready ones first:</source>
        <translation>{guest}（{confirmation}），{type}，{arrival} 至 {departure}。可用房间（已就绪的在前）：</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>房型</translation>
    </message>
    <message>
        <source>Housekeeping</source>
        <comment>the room&apos;s cleaning state</comment>
        <translation>清扫状态</translation>
    </message>
    <message>
        <source>Show rooms of other types (a change of room type)</source>
        <translation>显示其他房型的房间（需更改房型）</translation>
    </message>
    <message>
        <source>No room of this type is free for all these nights.</source>
        <translation>此房型在这几晚没有全程空闲的房间。</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
</context>
<context>
    <name>AvailabilityPanel</name>
    <message>
        <source>All types</source>
        <translation>全部房型</translation>
    </message>
    <message>
        <source>{rooms} rooms − {ooo} out of order − {reserved} reserved − {in_house} in house = {free} free</source>
        <translation>{rooms} 间 − {ooo} 间维修房 − {reserved} 间已预订 − {in_house} 间在住 = {free} 间可售</translation>
    </message>
    <message numerus="yes">
        <source>%n night(s)</source>
        <translation>
            <numerusform>%n 晚</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Rooms free per night</source>
        <translation>每晚可售房数</translation>
    </message>
    <message>
        <source>Double-click a cell to book that room type from that night.</source>
        <translation>双击单元格即可从该晚起预订该房型。</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <source>Set out of order</source>
        <translation>设为维修房</translation>
    </message>
    <message>
        <source>Set out of service</source>
        <translation>设为停用房</translation>
    </message>
    <message>
        <source>Rooms: {rooms}</source>
        <translation>房间：{rooms}</translation>
    </message>
    <message>
        <source>The selected rooms are removed from sale until the return date.</source>
        <translation>所选房间在恢复日期之前停止销售。</translation>
    </message>
    <message>
        <source>The selected rooms stay sellable; the problem shows on the board.</source>
        <translation>所选房间仍可销售；问题会显示在房态图上。</translation>
    </message>
    <message>
        <source>e.g. air conditioner leaking</source>
        <translation>例如：空调漏水</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Back on</source>
        <translation>恢复日期</translation>
    </message>
    <message>
        <source>Returns as</source>
        <translation>恢复后状态</translation>
    </message>
</context>
<context>
    <name>BookingForm</name>
    <message>
        <source>as on the ID</source>
        <translation>与证件一致</translation>
    </message>
    <message>
        <source>children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Booked by someone else</source>
        <translation>代他人预订</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>预订</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Clear the form for a new booking (Ctrl+N)</source>
        <translation>清空表单以新建预订（Ctrl+N）</translation>
    </message>
    <message>
        <source>Guest name</source>
        <translation>客人姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>成人</translation>
    </message>
    <message>
        <source>Room type</source>
        <translation>房型</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>抵店日期</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>晚数</translation>
    </message>
    <message>
        <source>Rate per night</source>
        <translation>每晚房价</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>担保方式</translation>
    </message>
    <message>
        <source>Booker&apos;s name</source>
        <translation>预订人姓名</translation>
    </message>
    <message>
        <source>Booker&apos;s phone</source>
        <translation>预订人电话</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>预订渠道</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New reservation</source>
        <translation>新预订</translation>
    </message>
    <message>
        <source>Reservation {confirmation}</source>
        <translation>预订 {confirmation}</translation>
    </message>
    <message>
        <source> · room {room}</source>
        <translation> · {room} 房</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Returning guest {name}: {reservations} reservations, {stays} stays</source>
        <translation>回头客 {name}：{reservations} 次预订，{stays} 次入住</translation>
    </message>
    <message>
        <source>; {cancelled} cancelled, {no_shows} no-show</source>
        <translation>；{cancelled} 次取消，{no_shows} 次未到</translation>
    </message>
    <message>
        <source>departs {date}</source>
        <translation>{date} 离店</translation>
    </message>
    <message>
        <source>Held until {time} on the arrival day, then released.</source>
        <translation>保留至抵店当天 {time}，之后释放。</translation>
    </message>
    <message>
        <source>Guaranteed: held all night; a no-show is charged.</source>
        <translation>担保预订：整晚保留；未到将收取费用。</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Password of {user}</source>
        <translation>{user} 的密码</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>The two new passwords differ; type them again.</source>
        <translation>两次输入的新密码不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>DeskApplication</name>
    <message>
        <source>Desk could not open its database: {reason}</source>
        <translation>Desk 无法打开数据库：{reason}</translation>
    </message>
    <message>
        <source>Something went wrong and the last action was not completed. Everything confirmed before it is saved. Details are in {log}.</source>
        <translation>出现错误，最后一个操作未完成。此前已确认的内容均已保存。详细信息见 {log}。</translation>
    </message>
</context>
<context>
    <name>ExtendHoldDialog</name>
    <message>
        <source>Extend the hold</source>
        <translation>延长保留时间</translation>
    </message>
    <message>
        <source>{guest} ({confirmation}) is held until {current}. A reservation gets one extension, to {latest} at the latest.</source>
        <translation>{guest}（{confirmation}）保留至 {current}。每个预订只能延长一次，最晚到 {latest}。</translation>
    </message>
    <message>
        <source>e.g. guest called: flight delayed</source>
        <translation>例如：客人来电，航班延误</translation>
    </message>
    <message>
        <source>Hold until</source>
        <translation>保留至</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>延长</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to Desk</source>
        <translation>欢迎使用 Desk</translation>
    </message>
    <message>
        <source>Set up my hotel</source>
        <translation>设置我的酒店</translation>
    </message>
    <message>
        <source>This database has no hotel yet.</source>
        <translation>此数据库中还没有酒店。</translation>
    </message>
    <message>
        <source>Database file: {path}</source>
        <translation>数据库文件：{path}</translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation>数据库：{url}</translation>
    </message>
    <message>
        <source>Open the demo hotel (70 rooms, guests and history)</source>
        <translation>打开演示酒店（70 间客房，含住客和历史记录）</translation>
    </message>
    <message>
        <source>Log in as one of these users, all with the password {password}:</source>
        <translation>可用以下任一用户登录，密码均为 {password}：</translation>
    </message>
    <message>
        <source>A .csv file, one room a line</source>
        <translation>CSV 文件，每行一间房</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Columns, with this header line: number, floor, type_code, type_name, rate, capacity</source>
        <translation>首行为表头，各列依次为：number, floor, type_code, type_name, rate, capacity（房号、楼层、房型代码、房型名称、房价、可住人数）</translation>
    </message>
    <message>
        <source>Hotel name</source>
        <translation>酒店名称</translation>
    </message>
    <message>
        <source>Manager&apos;s user name</source>
        <translation>经理用户名</translation>
    </message>
    <message>
        <source>Manager&apos;s full name</source>
        <translation>经理姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>Rooms file</source>
        <translation>客房文件</translation>
    </message>
    <message>
        <source>Open the demo hotel</source>
        <translation>打开演示酒店</translation>
    </message>
    <message>
        <source>Create my hotel</source>
        <translation>创建我的酒店</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of room {room}</source>
        <translation>{room} 房历史记录</translation>
    </message>
    <message>
        <source>Room {room}</source>
        <translation>{room} 房</translation>
    </message>
    <message>
        <source>Cleaning status</source>
        <translation>清扫状态</translation>
    </message>
    <message>
        <source>Taken out</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Back in use</source>
        <translation>恢复使用</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>入住状态</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>尚无变更记录。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>HousekeepingReportDialog</name>
    <message>
        <source>Housekeeping report</source>
        <translation>客房部房态报告</translation>
    </message>
    <message>
        <source>Tick every room housekeeping found occupied (luggage, guest or bed slept in). Unticked rooms are reported vacant. Desk then lists where the front office disagrees.</source>
        <translation>勾选客房部查到有人住的房间（有行李、有客人或床已睡过）。未勾选的房间记为空房。随后 Desk 会列出与前台记录不符的房间。</translation>
    </message>
    <message>
        <source>All floors</source>
        <translation>全部楼层</translation>
    </message>
    <message>
        <source>Floor {floor}</source>
        <translation>{floor} 层</translation>
    </message>
    <message>
        <source>Found occupied</source>
        <translation>查到有人住</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message numerus="yes">
        <source>Report for {date} · {floor}: %n room(s)</source>
        <translation>
            <numerusform>{date} 报告 · {floor}：共 %n 间</numerusform>
        </translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>房型</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Desk: log in</source>
        <translation>Desk：登录</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Locked by {user}. Log in to continue, or as another user to switch.</source>
        <translation>已由 {user} 锁定。请登录以继续，或以其他用户登录以切换。</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Room status</source>
        <translation>房态</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>预订</translation>
    </message>
    <message>
        <source>Locked. Log in to continue.</source>
        <translation>已锁定。请登录以继续。</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>Desk(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Lock / switch user</source>
        <translation>锁定 / 切换用户(&amp;L)</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>用户管理(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>{hotel} · Desk</source>
        <translation>{hotel} · Desk</translation>
    </message>
    <message>
        <source>Business date: {date}</source>
        <translation>营业日期：{date}</translation>
    </message>
    <message>
        <source>Offline: the database cannot be reached</source>
        <translation>离线：无法连接数据库</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Someone else changed this record at the same moment; nothing of yours was saved. Look at it again and repeat your change.</source>
        <translation>其他人同时修改了这条记录，您的修改未保存。请重新查看后再修改一次。</translation>
    </message>
    <message>
        <source>The database could not be reached; nothing was saved. ({detail})</source>
        <translation>无法连接数据库，未保存任何内容。（{detail}）</translation>
    </message>
</context>
<context>
    <name>ProposalsDialog</name>
    <message>
        <source>Assign rooms to today&apos;s arrivals</source>
        <translation>为今日预抵分配房间</translation>
    </message>
    <message>
        <source>Ready rooms of the booked type come first. Untick any you want to choose yourself.</source>
        <translation>所订房型中已就绪的房间排在前面。要自己挑选的，请取消勾选。</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>确认号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>房型</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>none free</source>
        <translation>无空房</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>已就绪</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>to be cleaned</source>
        <translation>待清扫</translation>
    </message>
    <message>
        <source>Assign ticked rooms</source>
        <translation>分配已勾选的房间</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ReservationsTab</name>
    <message>
        <source>Confirmation</source>
        <translation>确认号</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>房型</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>抵店日期</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>晚数</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>担保方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>抵店日期</translation>
    </message>
    <message>
        <source>Due out</source>
        <translation>预离日期</translation>
    </message>
    <message>
        <source>Name, phone or confirmation number</source>
        <translation>姓名、电话或确认号</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <source>in house on</source>
        <translation>在住日期</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Assign room…</source>
        <translation>分配房间…</translation>
    </message>
    <message>
        <source>Unassign room</source>
        <translation>取消分配房间</translation>
    </message>
    <message>
        <source>Cancel reservation…</source>
        <translation>取消预订…</translation>
    </message>
    <message>
        <source>Extend hold…</source>
        <translation>延长保留时间…</translation>
    </message>
    <message>
        <source>Assign today&apos;s arrivals…</source>
        <translation>分配今日预抵…</translation>
    </message>
    <message>
        <source>Release passed holds</source>
        <translation>释放已过保留时间的预订</translation>
    </message>
    <message>
        <source>held until {time}</source>
        <translation>保留至 {time}</translation>
    </message>
    <message>
        <source> (extended)</source>
        <translation>（已延长）</translation>
    </message>
    <message>
        <source>Arrivals today ({count})</source>
        <translation>今日预抵（{count}）</translation>
    </message>
    <message>
        <source>Arrivals tomorrow ({count})</source>
        <translation>明日预抵（{count}）</translation>
    </message>
    <message>
        <source>Departures today ({count})</source>
        <translation>今日预离（{count}）</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预订</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>{verb}: {confirmation} for {guest}, {type}, {arrival}, {nights} night(s). Give the guest the confirmation number {confirmation}.</source>
        <translation>{verb}：{guest} 的预订 {confirmation}，{type}，{arrival} 起 {nights} 晚。请把确认号 {confirmation} 告诉客人。</translation>
    </message>
    <message>
        <source>Overbook?</source>
        <translation>超额预订？</translation>
    </message>
    <message>
        <source>Overbook</source>
        <translation>超额预订</translation>
    </message>
    <message>
        <source>As a manager you may sell it anyway. Give the reason; it is recorded.</source>
        <translation>作为经理，您仍可出售。请填写原因，系统会记录。</translation>
    </message>
    <message>
        <source>Cancel reservation {confirmation}</source>
        <translation>取消预订 {confirmation}</translation>
    </message>
    <message>
        <source>Cancel reservation</source>
        <translation>取消预订</translation>
    </message>
    <message>
        <source>{guest}, {type}, {arrival}, {nights} night(s). The room is free again at once.</source>
        <translation>{guest}，{type}，{arrival} 起 {nights} 晚。房间将立即释放。</translation>
    </message>
    <message>
        <source>Reservation {confirmation} cancelled.</source>
        <translation>预订 {confirmation} 已取消。</translation>
    </message>
    <message>
        <source>{confirmation} is held until {time}.</source>
        <translation>{confirmation} 保留至 {time}。</translation>
    </message>
    <message>
        <source>{guest} ({confirmation}) gets room {room}.</source>
        <translation>{guest}（{confirmation}）已分配 {room} 房。</translation>
    </message>
    <message>
        <source>Room {room} is no longer held for {confirmation}.</source>
        <translation>{room} 房已不再为 {confirmation} 保留。</translation>
    </message>
    <message>
        <source>Every arrival of today has a room.</source>
        <translation>今日所有预抵都已分配房间。</translation>
    </message>
    <message>
        <source>Rooms assigned: {rooms}.</source>
        <translation>已分配房间：{rooms}。</translation>
    </message>
    <message>
        <source>Released as no-shows: {list}.</source>
        <translation>已按未到释放：{list}。</translation>
    </message>
    <message>
        <source>No hold has passed.</source>
        <translation>没有已过保留时间的预订。</translation>
    </message>
</context>
<context>
    <name>RoomStatusTab</name>
    <message>
        <source>Floor {floor} · {rooms} rooms</source>
        <translation>{floor} 层 · {rooms} 间</translation>
    </message>
    <message>
        <source>DUE OUT</source>
        <translation>预离</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>预抵</translation>
    </message>
    <message>
        <source>SKIP</source>
        <translation>走单</translation>
    </message>
    <message>
        <source>SLEEP</source>
        <translation>空房有人</translation>
    </message>
    <message>
        <source>Go to room…</source>
        <translation>转到房号…</translation>
    </message>
    <message>
        <source>Housekeeping report…</source>
        <translation>客房部房态报告…</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>房型</translation>
    </message>
    <message>
        <source>Due out</source>
        <translation>预离</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>预抵</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>房态差异</translation>
    </message>
    <message>
        <source>Arrival assigned</source>
        <translation>已排预抵</translation>
    </message>
    <message>
        <source>Discrepancy</source>
        <translation>房态差异</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>房态</translation>
    </message>
    <message>
        <source>Housekeeping</source>
        <translation>客房部</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>住客</translation>
    </message>
    <message>
        <source>Housekeeping</source>
        <comment>the room&apos;s cleaning state</comment>
        <translation>清扫状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Mark clean</source>
        <translation>标为干净</translation>
    </message>
    <message>
        <source>Mark inspected</source>
        <translation>标为已检查</translation>
    </message>
    <message>
        <source>Mark dirty</source>
        <translation>标为脏房</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>历史记录…</translation>
    </message>
    <message>
        <source>Out of order…</source>
        <translation>设为维修房…</translation>
    </message>
    <message>
        <source>Out of service…</source>
        <translation>设为停用房…</translation>
    </message>
    <message>
        <source>Back in use</source>
        <translation>恢复使用</translation>
    </message>
    <message>
        <source>Skip: front office occupied, housekeeping vacant</source>
        <translation>走单：前台为住房，客房部查为空房</translation>
    </message>
    <message>
        <source>Sleep: front office vacant, housekeeping occupied</source>
        <translation>空房有人：前台为空房，客房部查为有人住</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>差异类型</translation>
    </message>
    <message>
        <source>Front office</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>occupied</source>
        <translation>住房</translation>
    </message>
    <message>
        <source>vacant</source>
        <translation>空房</translation>
    </message>
    <message>
        <source>Click a row to select its room on the board.</source>
        <translation>单击一行即可在房态图上选中该房间。</translation>
    </message>
    <message>
        <source>None: the last report agrees with the front office.</source>
        <translation>无：最近一次客房部房态报告与前台一致。</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Out of service; right: its occupancy and cleaning state</source>
        <translation>停用房；右侧为该房的住客与清扫状态</translation>
    </message>
    <message>
        <source>Guest leaves today</source>
        <translation>住客今日离店</translation>
    </message>
    <message>
        <source>Arrival assigned to the room</source>
        <translation>已为预抵客人排此房</translation>
    </message>
    <message>
        <source>Housekeeping found it vacant</source>
        <translation>客房部查为空房</translation>
    </message>
    <message>
        <source>Housekeeping found it occupied</source>
        <translation>客房部查为有人住</translation>
    </message>
    <message>
        <source>Shortcut: {key}</source>
        <translation>快捷键：{key}</translation>
    </message>
    <message>
        <source>All discrepancies ({count})</source>
        <translation>全部房态差异（{count}）</translation>
    </message>
    <message>
        <source>All floors</source>
        <translation>全部楼层</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部房型</translation>
    </message>
    <message>
        <source>{shown} of {total} rooms shown</source>
        <translation>显示 {shown} / {total} 间</translation>
    </message>
    <message>
        <source>{count} rooms selected</source>
        <translation>已选 {count} 间</translation>
    </message>
    <message>
        <source>Select a room (Ctrl or Shift for several)</source>
        <translation>请选择房间（按住 Ctrl 或 Shift 可多选）</translation>
    </message>
    <message>
        <source>Room {room}</source>
        <translation>{room} 房</translation>
    </message>
    <message>
        <source>{guest} (due out today)</source>
        <translation>{guest}（今日预离）</translation>
    </message>
    <message>
        <source>arriving: {guest}</source>
        <translation>预抵：{guest}</translation>
    </message>
    <message>
        <source>{reason}; back on {date}</source>
        <translation>{reason}；{date} 恢复</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n room(s) {state}: {rooms}.</source>
        <translation>
            <numerusform>已将 %n 间房标为{state}：{rooms}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Already {state}: {rooms}.</source>
        <translation>已是{state}：{rooms}。</translation>
    </message>
    <message>
        <source>Rooms {rooms}: {what} until {date}.</source>
        <translation>房间 {rooms}：{what}，至 {date}。</translation>
    </message>
    <message>
        <source>Back in use: {rooms}.</source>
        <translation>已恢复使用：{rooms}。</translation>
    </message>
    <message numerus="yes">
        <source>Housekeeping report saved: %n discrepancy(ies) to check.</source>
        <translation>
            <numerusform>客房部房态报告已保存：有 %n 处房态差异需要核对。</numerusform>
        </translation>
    </message>
    <message>
        <source>Housekeeping report saved: it agrees with the front office.</source>
        <translation>客房部房态报告已保存：与前台记录一致。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The language of this workstation; the window reopens in it.</source>
        <translation>本工作站的界面语言；窗口将以该语言重新打开。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Deactivate / reactivate</source>
        <translation>停用 / 启用</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>User added.</source>
        <translation>已添加用户。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Unlocked.</source>
        <translation>已解锁。</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The account {user} is deactivated. Ask a manager.</source>
        <translation>账号 {user} 已停用，请联系经理。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: {user} is locked for {minutes} more minutes, or until a manager unlocks it.</source>
        <translation>密码错误次数过多：{user} 还将锁定 {minutes} 分钟，或由经理解锁。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: {user} is locked for {minutes} minutes, or until a manager unlocks it.</source>
        <translation>密码错误次数过多：{user} 已锁定 {minutes} 分钟，或由经理解锁。</translation>
    </message>
    <message>
        <source>The password must have at least {count} characters.</source>
        <translation>密码至少需要 {count} 个字符。</translation>
    </message>
    <message>
        <source>the user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>A user name may contain only letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>用户名只能包含字母、数字以及 &apos;.&apos;、&apos;-&apos; 和 &apos;_&apos;。</translation>
    </message>
    <message>
        <source>The user name {user} is taken.</source>
        <translation>用户名 {user} 已被使用。</translation>
    </message>
    <message>
        <source>the full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>This hotel already has accounts; log in as a manager.</source>
        <translation>本酒店已有账号，请以经理身份登录。</translation>
    </message>
    <message>
        <source>That user no longer exists.</source>
        <translation>该用户已不存在。</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>This database already has a hotel.</source>
        <translation>此数据库中已有酒店。</translation>
    </message>
    <message>
        <source>the hotel name</source>
        <translation>酒店名称</translation>
    </message>
    <message>
        <source>Room type {code} needs a rate of 0 or more and a capacity of at least 1.</source>
        <translation>房型 {code} 的房价不能为负，可住人数至少为 1。</translation>
    </message>
    <message>
        <source>the room number</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Room {room} appears twice; each room number once.</source>
        <translation>房号 {room} 出现了两次，每个房号只能出现一次。</translation>
    </message>
    <message>
        <source>Room {room} names an unknown room type {code}.</source>
        <translation>房间 {room} 使用了未知房型 {code}。</translation>
    </message>
    <message>
        <source>Line {line} of the rooms file has no {columns}.</source>
        <translation>客房文件第 {line} 行缺少：{columns}。</translation>
    </message>
    <message>
        <source>Line {line} of the rooms file is not valid: {problem}</source>
        <translation>客房文件第 {line} 行无效：{problem}</translation>
    </message>
    <message>
        <source>Line {line} of the rooms file gives room type {code} another name, rate or capacity than an earlier line.</source>
        <translation>客房文件第 {line} 行中房型 {code} 的名称、房价或可住人数与前面的行不一致。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Desk (schema {revision}); update Desk on this workstation.</source>
        <translation>此数据库由更新版本的 Desk 写入（结构版本 {revision}），请在本工作站升级 Desk。</translation>
    </message>
    <message>
        <source>mark rooms clean</source>
        <translation>将房间标为干净</translation>
    </message>
    <message>
        <source>mark rooms dirty</source>
        <translation>将房间标为脏房</translation>
    </message>
    <message>
        <source>mark rooms inspected</source>
        <translation>将房间标为已检查</translation>
    </message>
    <message>
        <source>take rooms out of order or out of service</source>
        <translation>将房间设为维修房或停用房</translation>
    </message>
    <message>
        <source>enter the housekeeping report</source>
        <translation>录入客房部房态报告</translation>
    </message>
    <message>
        <source>work the front desk</source>
        <translation>办理前台业务</translation>
    </message>
    <message>
        <source>overbook</source>
        <translation>超额预订</translation>
    </message>
    <message>
        <source>extend a reservation&apos;s hold</source>
        <translation>延长预订的保留时间</translation>
    </message>
    <message>
        <source>give a rate below the clerk&apos;s limit</source>
        <translation>给出低于前台权限的房价</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>change the hotel settings</source>
        <translation>修改酒店设置</translation>
    </message>
    <message>
        <source>Front-desk clerk</source>
        <translation>前台接待</translation>
    </message>
    <message>
        <source>Housekeeping lead</source>
        <translation>客房部主管</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>{user} ({role}) may not {action}. Ask a manager.</source>
        <translation>{user}（{role}）无权{action}，请联系经理。</translation>
    </message>
    <message>
        <source>Vacant inspected</source>
        <translation>已检查空房</translation>
    </message>
    <message>
        <source>Vacant clean</source>
        <translation>空净房</translation>
    </message>
    <message>
        <source>Vacant dirty</source>
        <translation>空脏房</translation>
    </message>
    <message>
        <source>Occupied clean</source>
        <translation>住净房</translation>
    </message>
    <message>
        <source>Occupied dirty</source>
        <translation>住脏房</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>维修房</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>停用房</translation>
    </message>
    <message>
        <source>dirty</source>
        <translation>脏房</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>干净</translation>
    </message>
    <message>
        <source>inspected</source>
        <translation>已检查</translation>
    </message>
    <message>
        <source>The report has no rooms; tick what housekeeping found.</source>
        <translation>报告中没有房间，请勾选客房部查到的情况。</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Select at least one room first.</source>
        <translation>请先选择至少一个房间。</translation>
    </message>
    <message>
        <source>A selected room no longer exists; refresh the board.</source>
        <translation>所选房间已不存在，请刷新房态图。</translation>
    </message>
    <message>
        <source>Choose a room type.</source>
        <translation>请选择房型。</translation>
    </message>
    <message>
        <source>the guest&apos;s name</source>
        <translation>客人姓名</translation>
    </message>
    <message>
        <source>Write the guest&apos;s real name, as on their ID.</source>
        <translation>请填写客人的真实姓名，与证件一致。</translation>
    </message>
    <message>
        <source>the guest&apos;s phone</source>
        <translation>客人电话</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>成人数</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童数</translation>
    </message>
    <message>
        <source>A {type} room sleeps {capacity}; for {party} people book a larger room type or a second room.</source>
        <translation>{type} 最多可住 {capacity} 人；{party} 人请预订更大的房型或再订一间。</translation>
    </message>
    <message>
        <source>The arrival cannot be before the business date {date}.</source>
        <translation>抵店日期不能早于营业日期 {date}。</translation>
    </message>
    <message>
        <source>Desk takes bookings up to two years ahead; check the arrival date.</source>
        <translation>Desk 最多接受两年内的预订，请检查抵店日期。</translation>
    </message>
    <message>
        <source>The departure must be at least one night after the arrival.</source>
        <translation>离店日期至少要比抵店日期晚一晚。</translation>
    </message>
    <message>
        <source>A reservation can be at most {nights} nights; split a longer stay.</source>
        <translation>一个预订最多 {nights} 晚；更长的住宿请拆分预订。</translation>
    </message>
    <message>
        <source>the booker&apos;s name</source>
        <translation>预订人姓名</translation>
    </message>
    <message>
        <source>the booker&apos;s phone</source>
        <translation>预订人电话</translation>
    </message>
    <message>
        <source>Fill in the booker&apos;s name with their phone.</source>
        <translation>填写预订人电话时，请同时填写预订人姓名。</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The rate must be an amount such as 388.00.</source>
        <translation>房价须为金额，例如 388.00。</translation>
    </message>
    <message>
        <source>The rate must be an amount from 0 to 99,999.99.</source>
        <translation>房价须在 0 至 99,999.99 之间。</translation>
    </message>
    <message>
        <source>A rate below {floor} for {type} ({limit}% under {rate}) needs a manager.</source>
        <translation>{type} 的房价低于 {floor}（比 {rate} 低 {limit}% 以上）需要经理批准。</translation>
    </message>
    <message>
        <source>the reason for overbooking</source>
        <translation>超额预订的原因</translation>
    </message>
    <message>
        <source>{type} is full on {nights}. Offer another room type or date; only a manager can overbook, with a reason.</source>
        <translation>{type} 在 {nights} 已满。请推荐其他房型或日期；只有经理可以填写原因后超额预订。</translation>
    </message>
    <message>
        <source>That reservation no longer exists.</source>
        <translation>该预订已不存在。</translation>
    </message>
    <message>
        <source>{user} changed reservation {confirmation} at {time}, after you opened it. Its current details are shown now; make your change again.</source>
        <translation>在您打开预订 {confirmation} 之后，{user} 于 {time} 修改了它。现在显示的是最新内容，请重新进行修改。</translation>
    </message>
    <message>
        <source>Reservation {confirmation} is {state}; it can no longer be changed.</source>
        <translation>预订 {confirmation} 的状态为{state}，已不能修改。</translation>
    </message>
    <message>
        <source>the reason for cancelling</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reservation {confirmation} is guaranteed; it is held all night.</source>
        <translation>预订 {confirmation} 为担保预订，整晚保留。</translation>
    </message>
    <message>
        <source>The hold of {confirmation} was extended once already; a reservation gets one extension.</source>
        <translation>预订 {confirmation} 的保留时间已延长过一次；每个预订只能延长一次。</translation>
    </message>
    <message>
        <source>A hold can be extended to {latest} at the latest.</source>
        <translation>保留时间最晚只能延长到 {latest}。</translation>
    </message>
    <message>
        <source>The new hold time must be later than {time}.</source>
        <translation>新的保留时间必须晚于 {time}。</translation>
    </message>
    <message>
        <source>The hold of {confirmation} has passed; the room was released. Book again if a room is free.</source>
        <translation>预订 {confirmation} 已过保留时间，房间已释放。如仍有空房，请重新预订。</translation>
    </message>
    <message>
        <source>Room {rooms} is dirty; mark it clean before inspecting it.</source>
        <translation>{rooms} 房是脏房，请先标为干净再检查。</translation>
    </message>
    <message>
        <source>Rooms {rooms} are dirty; mark them clean before inspecting them.</source>
        <translation>{rooms} 房是脏房，请先标为干净再检查。</translation>
    </message>
    <message>
        <source>The period cannot start before the business date {date}.</source>
        <translation>开始日期不能早于营业日期 {date}。</translation>
    </message>
    <message>
        <source>The return date must be after the start date.</source>
        <translation>恢复日期必须晚于开始日期。</translation>
    </message>
    <message>
        <source>A period can last at most {days} days; enter a nearer return date.</source>
        <translation>停用期最长 {days} 天，请输入更近的恢复日期。</translation>
    </message>
    <message>
        <source>Room {rooms} is occupied in that period; move or check out the guest first.</source>
        <translation>{rooms} 房在此期间有客人入住，请先换房或办理退房。</translation>
    </message>
    <message>
        <source>Rooms {rooms} are occupied in that period; move or check out the guests first.</source>
        <translation>{rooms} 房在此期间有客人入住，请先换房或办理退房。</translation>
    </message>
    <message>
        <source>Room {room} is assigned to reservation {confirmation} arriving {date}; assign that reservation another room first.</source>
        <translation>{room} 房已分配给 {date} 到店的预订 {confirmation}，请先为该预订另排房间。</translation>
    </message>
    <message>
        <source>Room {rooms} is already out of order or out of service in that period.</source>
        <translation>{rooms} 房在此期间已是维修房或停用房。</translation>
    </message>
    <message>
        <source>Rooms {rooms} are already out of order or out of service in that period.</source>
        <translation>{rooms} 房在此期间已是维修房或停用房。</translation>
    </message>
    <message>
        <source>Room {rooms} is not out of order or out of service.</source>
        <translation>{rooms} 房不是维修房或停用房。</translation>
    </message>
    <message>
        <source>Rooms {rooms} are not out of order or out of service.</source>
        <translation>{rooms} 房不是维修房或停用房。</translation>
    </message>
    <message>
        <source>This database has no hotel yet; run &apos;desk init&apos; or &apos;desk demo&apos;.</source>
        <translation>此数据库中还没有酒店，请运行 &apos;desk init&apos; 或 &apos;desk demo&apos;。</translation>
    </message>
    <message>
        <source>Please fill in {field}.</source>
        <translation>请填写{field}。</translation>
    </message>
    <message>
        <source>{field} contains control characters; please retype it.</source>
        <translation>{field}包含控制字符，请重新输入。</translation>
    </message>
    <message>
        <source>{field} is too long: at most {limit} characters.</source>
        <translation>{field}过长：最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>{value} is not a phone number. Type a mobile such as 138 1234 5678, a landline with its area code, or an international number starting with +.</source>
        <translation>{value} 不是有效的电话号码。请输入手机号（如 138 1234 5678）、带区号的固定电话，或以 + 开头的国际号码。</translation>
    </message>
    <message>
        <source>{field} must be a whole number from {minimum} to {maximum}.</source>
        <translation>{field}必须是 {minimum} 到 {maximum} 之间的整数。</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>released (hold passed)</source>
        <translation>已释放（超过保留时间）</translation>
    </message>
    <message>
        <source>in house</source>
        <translation>在住</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>已退房</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>not guaranteed</source>
        <translation>非担保</translation>
    </message>
    <message>
        <source>deposit</source>
        <translation>预付订金</translation>
    </message>
    <message>
        <source>credit card</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>散客上门</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>hotel website</source>
        <translation>酒店官网</translation>
    </message>
    <message>
        <source>travel agent</source>
        <translation>旅行社</translation>
    </message>
    <message>
        <source>online travel agency</source>
        <translation>在线旅行社（OTA）</translation>
    </message>
    <message>
        <source>That guest no longer exists.</source>
        <translation>该客人记录已不存在。</translation>
    </message>
    <message>
        <source>That room no longer exists.</source>
        <translation>该房间已不存在。</translation>
    </message>
    <message>
        <source>Room {room} is of another type; confirm the change of room type to assign it.</source>
        <translation>{room} 房属于其他房型；请确认更改房型后再分配。</translation>
    </message>
    <message>
        <source>Room {room} is occupied until {date}; choose another room.</source>
        <translation>{room} 房在 {date} 之前有人住，请选择其他房间。</translation>
    </message>
    <message>
        <source>Room {room} is assigned to reservation {confirmation} from {arrival} to {departure}; choose another room.</source>
        <translation>{room} 房已分配给预订 {confirmation}（{arrival} 至 {departure}），请选择其他房间。</translation>
    </message>
    <message>
        <source>Room {room} is out of order from {start} to {end} ({reason}); choose another room.</source>
        <translation>{room} 房在 {start} 至 {end} 为维修房（{reason}），请选择其他房间。</translation>
    </message>
    <message>
        <source>Reservation {confirmation} is not expected any more; only confirmed reservations get rooms.</source>
        <translation>预订 {confirmation} 已不再预期抵店；只有已确认的预订才能分配房间。</translation>
    </message>
    <message>
        <source>Room {room}&apos;s type is fully booked on {nights}; choose a room of the reserved type.</source>
        <translation>{room} 房的房型在 {nights} 已订满，请选择所订房型的房间。</translation>
    </message>
</context>
</TS>
